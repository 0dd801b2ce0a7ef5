package dev.plaza.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy(Set.of("qwerty123456", "password", "Sunshine"));

	@Test
	void aLongUncommonPasswordIsFine() {
		assertThat(policy.refusal("correct horse battery staple", "ana@example.com", "Ana Lima")).isEmpty();
	}

	@Test
	void shortPasswordsAreRefused() {
		assertThat(policy.refusal("Xk#9pL2m!q", "ana@example.com", "Ana Lima")).hasValueSatisfying(
				reason -> assertThat(reason).contains("at least 12 characters"));
	}

	@Test
	void passwordsLongerThanBcryptReadsAreRefused() {
		assertThat(policy.refusal("a quiet river ".repeat(5) + "ab", "ana@example.com", "Ana Lima")).as("72 bytes").isEmpty();
		assertThat(policy.refusal("a quiet river ".repeat(5) + "abc", "ana@example.com", "Ana Lima")).hasValueSatisfying(
				reason -> assertThat(reason).contains("at most 72 bytes"));
		assertThat(policy.refusal("\uD83C\uDF4A".repeat(19), "ana@example.com", "Ana Lima")).as("19 emoji, 76 bytes")
			.isPresent();
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheirCase() {
		assertThat(policy.refusal("QWERTY123456", "ana@example.com", "Ana Lima")).hasValueSatisfying(
				reason -> assertThat(reason).contains("commonly used"));
	}

	@Test
	void aCommonPasswordWithDigitsOrSignsTackedOnIsStillCommon() {
		assertThat(policy.refusal("Password2026!", "ana@example.com", "Ana Lima")).isPresent();
		assertThat(policy.refusal("!!sunshine1234", "ana@example.com", "Ana Lima")).isPresent();
	}

	@Test
	void thePersonsEmailOrNameInThePasswordIsRefused() {
		assertThat(policy.refusal("ana.lima@example.com!", "ana.lima@example.com", "Ana Lima")).hasValueSatisfying(
				reason -> assertThat(reason).contains("e-mail address or name"));
		assertThat(policy.refusal("my name is Fernandes ok", "ana@example.com", "Ana Fernandes")).isPresent();
	}

	@Test
	void shortNamePartsDoNotRefuseAGoodPassword() {
		assertThat(policy.refusal("anaconda river delta", "x@example.com", "Ana Li")).isEmpty();
	}
}
