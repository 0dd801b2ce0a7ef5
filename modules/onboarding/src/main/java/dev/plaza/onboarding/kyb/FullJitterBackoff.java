package dev.plaza.onboarding.kyb;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter: before retry {@code n} wait a uniformly random time between
 * zero and {@code initial × 2^(n-1)}, capped at {@code max}, so retries of many workers spread out
 * instead of arriving together. A retry-after hint from the provider is a floor.
 */
final class FullJitterBackoff {

	private final Duration initial;

	private final Duration max;

	FullJitterBackoff(KybProperties.Backoff settings) {
		this.initial = settings.initial();
		this.max = settings.max();
	}

	/** @param failedAttempts attempts made so far, at least one */
	Duration before(int failedAttempts, Optional<Duration> retryAfter) {
		int doublings = Math.min(failedAttempts - 1, 62);
		long ceiling = initial.toNanos() > max.toNanos() >> doublings ? max.toNanos() : initial.toNanos() << doublings;
		Duration jittered = Duration.ofNanos(ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
		return retryAfter.filter(hint -> hint.compareTo(jittered) > 0).orElse(jittered);
	}

	/** Whether a hint asks for a longer wait than one verification may hold its worker. */
	boolean tooLong(Duration retryAfter) {
		return retryAfter.compareTo(max) > 0;
	}
}
