package dev.plaza.onboarding.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class OnboardingItemTest {

	private final OnboardingItem received = OnboardingItem.received(UUID.randomUUID());

	@Test
	void aRowWithAnErrorIsInvalidWithEveryFailureKept() {
		List<Reason> failures = List.of(Reason.error("iban", "bad check digits"), Reason.warning("address", "no postcode"));
		OnboardingItem checked = received.checked(failures);
		assertThat(checked.state()).isEqualTo(ItemState.INVALID);
		assertThat(checked.reasons()).isEqualTo(failures);
	}

	@Test
	void aRowWithOnlyWarningsGoesOnWithThem() {
		OnboardingItem checked = received.checked(List.of(Reason.warning("address", "no postcode")));
		assertThat(checked.state()).isEqualTo(ItemState.VALIDATED);
		assertThat(checked.reasons()).extracting(Reason::rule).containsExactly("address");
	}

	@Test
	void aVerifiedBusinessIsProvisionedAndProvisioningAgainChangesNothing() {
		OnboardingItem verified = received.checked(List.of()).verifying().judged(new Verdict.Verified("kyb-1"));
		assertThat(verified.state()).isEqualTo(ItemState.VERIFIED);
		assertThat(verified.attempts()).isEqualTo(1);
		OnboardingItem provisioned = verified.provisioned();
		assertThat(provisioned.state()).isEqualTo(ItemState.PROVISIONED);
		assertThat(provisioned.provisioned()).isEqualTo(provisioned);
	}

	@Test
	void aRejectionKeepsTheProvidersReasons() {
		OnboardingItem rejected = received.checked(List.of()).verifying().judged(new Verdict.Rejected(List.of("sanctioned")));
		assertThat(rejected.state()).isEqualTo(ItemState.REJECTED);
		assertThat(rejected.reasons()).containsExactly(Reason.error("kyb", "sanctioned"));
	}

	@Test
	void aDeferralStaysVerifyingWithoutSpendingAnAttempt() {
		OnboardingItem verifying = received.checked(List.of()).verifying();
		OnboardingItem deferred = verifying.judged(new Verdict.Deferred(Duration.ofMillis(200), "shedding load"));
		assertThat(deferred).isEqualTo(verifying);
		assertThat(OnboardingItem.askAgainAfter(new Verdict.Deferred(Duration.ZERO, "now"))).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void aFailedItemIsDeadLetteredUntilRetriedBackToVerification() {
		OnboardingItem failed = received.checked(List.of()).verifying().judged(new Verdict.Failed("UNAVAILABLE 5 times"));
		assertThat(failed.state()).isEqualTo(ItemState.FAILED);
		assertThat(failed.reasons()).containsExactly(Reason.error("kyb", "UNAVAILABLE 5 times"));
		assertThat(failed.retried().state()).isEqualTo(ItemState.VERIFYING);
	}

	@Test
	void illegalTransitionsAreRefused() {
		OnboardingItem invalid = received.checked(List.of(Reason.error("taxId", "missing")));
		assertThatThrownBy(invalid::verifying).isInstanceOf(IllegalItemTransition.class)
			.hasMessage("A invalid item cannot become verifying");
		assertThatThrownBy(received::provisioned).isInstanceOf(IllegalItemTransition.class);
		OnboardingItem rejected = received.checked(List.of()).verifying().judged(new Verdict.Rejected(List.of("no")));
		assertThatThrownBy(rejected::provisioned).isInstanceOf(IllegalItemTransition.class);
		assertThatThrownBy(() -> rejected.judged(new Verdict.Verified("x"))).isInstanceOf(IllegalItemTransition.class);
		assertThatThrownBy(received::retried).isInstanceOf(IllegalItemTransition.class);
	}
}
