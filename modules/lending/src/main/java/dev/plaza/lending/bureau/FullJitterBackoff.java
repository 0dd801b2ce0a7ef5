package dev.plaza.lending.bureau;

import java.util.concurrent.ThreadLocalRandom;

import io.github.resilience4j.core.IntervalFunction;

/**
 * Exponential backoff with full jitter: before retry {@code n} wait a uniformly random time between zero
 * and {@code initial × 2^(n-1)}, capped at {@code max}.
 */
final class FullJitterBackoff implements IntervalFunction {

	private final long initialMillis;

	private final long maxMillis;

	FullJitterBackoff(BureauProperties.Backoff settings) {
		this.initialMillis = settings.initial().toMillis();
		this.maxMillis = settings.max().toMillis();
	}

	/** @param failedAttempts attempts made so far, at least one */
	@Override
	public Long apply(Integer failedAttempts) {
		int doublings = Math.min(failedAttempts - 1, 62);
		long ceiling = initialMillis > maxMillis >> doublings ? maxMillis : initialMillis << doublings;
		return ThreadLocalRandom.current().nextLong(Math.max(ceiling, 0) + 1);
	}
}
