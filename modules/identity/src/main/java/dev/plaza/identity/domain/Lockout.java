package dev.plaza.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Repeated wrong passwords lock an account for a while: after {@value #FREE_FAILURES} consecutive
 * failures for one minute, doubling with each further failure up to an hour. A success starts the
 * count afresh.
 */
public final class Lockout {

	public static final int FREE_FAILURES = 5;

	static final Duration FIRST_LOCK = Duration.ofMinutes(1);

	static final Duration LONGEST_LOCK = Duration.ofHours(1);

	private Lockout() {
	}

	/** Until when an account is locked after this many consecutive failures, the last at {@code failedAt}. */
	public static Optional<Instant> lockedUntil(int consecutiveFailures, Instant failedAt) {
		if (consecutiveFailures < FREE_FAILURES) {
			return Optional.empty();
		}
		return Optional.of(failedAt.plus(lockAfter(consecutiveFailures)));
	}

	static Duration lockAfter(int consecutiveFailures) {
		int doublings = consecutiveFailures - FREE_FAILURES;
		// 2^6 minutes already exceed the hour: no need to shift further (and overflow).
		return doublings >= 6 ? LONGEST_LOCK : min(FIRST_LOCK.multipliedBy(1L << doublings), LONGEST_LOCK);
	}

	private static Duration min(Duration one, Duration other) {
		return one.compareTo(other) <= 0 ? one : other;
	}
}
