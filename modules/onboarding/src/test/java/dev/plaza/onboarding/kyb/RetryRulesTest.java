package dev.plaza.onboarding.kyb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The backoff and the retry budget on their own: what they allow, whatever the provider does. */
class RetryRulesTest {

	private final FullJitterBackoff backoff = new FullJitterBackoff(
			new KybProperties.Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)));

	@Test
	void eachWaitIsARandomShareOfAnExponentiallyGrowingCeilingCappedAtTheMaximum() {
		assertThat(IntStream.range(0, 500).mapToObj(n -> backoff.before(1, Optional.empty())))
			.allMatch(wait -> !wait.isNegative() && wait.compareTo(Duration.ofMillis(100)) <= 0)
			.anyMatch(wait -> wait.compareTo(Duration.ofMillis(50)) < 0);
		assertThat(IntStream.range(0, 500).mapToObj(n -> backoff.before(3, Optional.empty())))
			.allMatch(wait -> wait.compareTo(Duration.ofMillis(400)) <= 0)
			.anyMatch(wait -> wait.compareTo(Duration.ofMillis(100)) > 0);
		assertThat(IntStream.range(0, 500).mapToObj(n -> backoff.before(40, Optional.empty())))
			.allMatch(wait -> !wait.isNegative() && wait.compareTo(Duration.ofSeconds(1)) <= 0);
	}

	@Test
	void theProvidersHintIsAFloorAndAHintPastTheCapIsTooLongToWaitFor() {
		assertThat(IntStream.range(0, 100).mapToObj(n -> backoff.before(1, Optional.of(Duration.ofMillis(700)))))
			.allMatch(wait -> wait.compareTo(Duration.ofMillis(700)) >= 0);
		assertThat(backoff.tooLong(Duration.ofSeconds(1))).isFalse();
		assertThat(backoff.tooLong(Duration.ofMillis(1001))).isTrue();
	}

	@Test
	void retriesStayWithinTheReserveAndTheRatioOfVerifications() {
		RetryBudget budget = new RetryBudget(new KybProperties.RetryBudget(0.25, 3));

		int retries = 0;
		for (int verification = 0; verification < 100; verification++) {
			budget.deposit();
			while (budget.tryWithdraw()) {
				retries++;
			}
		}

		assertThat(retries).isBetween(25, 3 + 25);
	}
}
