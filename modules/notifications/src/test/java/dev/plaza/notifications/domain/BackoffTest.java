package dev.plaza.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Percentage.withPercentage;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BackoffTest {

	private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(1));

	@Test
	void theLongestWaitDoublesWithEachFailureUpToTheCap() {
		assertThat(IntStream.rangeClosed(1, 6).mapToObj(backoff::ceiling)).containsExactly(Duration.ofSeconds(5),
				Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofMinutes(1),
				Duration.ofMinutes(1));
		assertThat(backoff.ceiling(10_000)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void waitsAreSpreadBetweenZeroAndTheCeilingSoRetriesDoNotArriveInLockstep() {
		Random random = new Random(42);
		for (int failed = 1; failed <= 6; failed++) {
			int attempt = failed;
			var waits = IntStream.range(0, 2_000).mapToObj(i -> backoff.delay(attempt, random).toMillis()).toList();
			assertThat(waits).allMatch(wait -> wait >= 0 && wait <= backoff.ceiling(attempt).toMillis());
			double mean = waits.stream().mapToLong(Long::longValue).average().orElseThrow();
			assertThat(mean).as("full jitter averages half the ceiling").isCloseTo(backoff.ceiling(attempt).toMillis() / 2.0,
					withPercentage(10));
			assertThat(waits.stream().distinct().count()).isGreaterThan(1_000);
		}
	}

	@Test
	void aCapBelowTheBaseIsRefused() {
		assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
	}
}
