package dev.plaza.notifications.domain;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: after the n-th failed attempt, wait a uniformly random
 * time between zero and {@code min(cap, base × 2^(n-1))}. The random spread keeps many receivers'
 * retries (after an outage, say) from arriving in lockstep.
 */
public record Backoff(Duration base, Duration cap) {

	public Backoff {
		if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
			throw new IllegalArgumentException("Backoff needs 0 < base <= cap, got " + base + " and " + cap);
		}
	}

	/** The longest wait after the given failed attempt (1 for the first). */
	public Duration ceiling(int failedAttempt) {
		long ceiling = base.toMillis();
		for (int n = 1; n < failedAttempt && ceiling < cap.toMillis(); n++) {
			ceiling *= 2;
		}
		return Duration.ofMillis(Math.min(ceiling, cap.toMillis()));
	}

	public Duration delay(int failedAttempt, RandomGenerator random) {
		return Duration.ofMillis(random.nextLong(ceiling(failedAttempt).toMillis() + 1));
	}
}
