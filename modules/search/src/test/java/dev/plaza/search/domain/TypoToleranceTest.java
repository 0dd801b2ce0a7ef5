package dev.plaza.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypoToleranceTest {

	@Test
	void shortWordsMustBeExactLongerOnesMayHaveOneOrTwoTypos() {
		assertThat(TypoTolerance.maxEdits("de")).isZero();
		assertThat(TypoTolerance.maxEdits("sol")).isEqualTo(1);
		assertThat(TypoTolerance.maxEdits("amelie")).isEqualTo(2);
		assertThat(TypoTolerance.maxEdits("interstelar")).isEqualTo(2);
	}

	@Test
	void lettersNotCharsAreCounted() {
		assertThat(TypoTolerance.maxEdits("𝔞𝔟")).as("two letters outside the basic plane").isZero();
	}
}
