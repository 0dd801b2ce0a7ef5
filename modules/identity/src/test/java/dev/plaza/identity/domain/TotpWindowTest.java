package dev.plaza.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpWindowTest {

	/** Step 59 of RFC 6238's test vectors is 1 (0-29 s is step 0, 30-59 s step 1). */
	@Test
	void stepsAreThirtySecondsFromTheEpoch() {
		assertThat(TotpWindow.stepOf(Instant.ofEpochSecond(59))).isEqualTo(1);
		assertThat(TotpWindow.stepOf(Instant.ofEpochSecond(1_111_111_109))).isEqualTo(37_037_036);
		assertThat(TotpWindow.startOf(37_037_036)).isEqualTo(Instant.ofEpochSecond(1_111_111_080));
	}

	@Test
	void theCurrentStepAndOneEitherSideAreAccepted() {
		assertThat(TotpWindow.acceptable(Instant.ofEpochSecond(3_000), null)).containsExactly(99L, 100L, 101L);
	}

	@Test
	void aStepWhoseCodeWasAcceptedAndEveryEarlierOneAreNotAcceptedAgain() {
		assertThat(TotpWindow.acceptable(Instant.ofEpochSecond(3_000), 100L)).containsExactly(101L);
		assertThat(TotpWindow.acceptable(Instant.ofEpochSecond(3_000), 101L)).isEmpty();
	}
}
