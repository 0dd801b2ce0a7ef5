package dev.plaza.sims.kyb;

import java.time.Duration;

/**
 * One question as it reached the simulator, and how it was answered.
 *
 * @param client the API key it came with, empty when none
 * @param nanoTime when it arrived, on {@link System#nanoTime()}'s clock
 */
public record Arrival(String requestId, String client, long nanoTime, Outcome outcome) {

	/** How the simulator answered one question. */
	public enum Outcome {
		/** A verdict, valid under the contract (perhaps delivered more than once). */
		ANSWERED,
		/** An answer breaking the contract, as a {@code [malformed]} business asks. */
		MALFORMED,
		UNAVAILABLE,
		/** Load shed: {@code RESOURCE_EXHAUSTED} with a retry-after hint. */
		EXHAUSTED,
		/** The client had too many verifications in flight: {@code RESOURCE_EXHAUSTED} with a retry-after hint. */
		OVER_LIMIT,
		INVALID_ARGUMENT,
		UNAUTHENTICATED
	}

	/** How long after {@code earlier} this question arrived. */
	public Duration after(Arrival earlier) {
		return Duration.ofNanos(nanoTime - earlier.nanoTime);
	}
}
