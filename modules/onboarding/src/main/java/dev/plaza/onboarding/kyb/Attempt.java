package dev.plaza.onboarding.kyb;

import java.time.Duration;
import java.util.Optional;

import dev.plaza.onboarding.domain.Verdict;

/** How one attempt to ask the provider ended. */
sealed interface Attempt {

	/** A verdict, valid under the contract: verified or rejected. */
	record Answered(Verdict verdict) implements Attempt {
	}

	/**
	 * No verdict, but asking again may bring one: the provider was unavailable, shed load, ran past
	 * the deadline, or answered against the contract.
	 *
	 * @param retryAfter how long the provider asked to be left alone, when it said
	 */
	record Retryable(String reason, Optional<Duration> retryAfter) implements Attempt {
	}

	/** The provider refused the question for a reason asking again will not change; a person must act. */
	record Refused(String reason) implements Attempt {
	}

	/** The circuit is open: the provider was not asked. */
	record NotAsked() implements Attempt {
	}
}
