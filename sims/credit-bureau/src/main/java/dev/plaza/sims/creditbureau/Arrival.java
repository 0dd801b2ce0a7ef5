package dev.plaza.sims.creditbureau;

import java.time.Duration;

/**
 * One question as it reached the simulator's endpoint (a request breaking the schema is refused before),
 * and how it was answered.
 *
 * @param nanoTime when it arrived, on {@link System#nanoTime()}'s clock
 */
public record Arrival(String requestId, String nationalId, long nanoTime, Outcome outcome) {

	/** How the simulator answered one question. */
	public enum Outcome {
		/** A credit report. */
		REPORTED,
		/** No file on the person. */
		NO_FILE,
		/** A repeated request id, answered with its first answer; no inquiry counted. */
		REPEATED,
		/** A Server fault, retryable. */
		SERVER_FAULT,
		/** A Client fault: the request cannot be answered as it stands. */
		CLIENT_FAULT,
		/** Answered only after the slow delay, normally past the caller's timeout. */
		SLOW,
		/** An answer breaking the schema. */
		MALFORMED,
		/** A valid answer, but to another request id. */
		MISDIRECTED
	}

	/** How long after {@code earlier} this question arrived. */
	public Duration after(Arrival earlier) {
		return Duration.ofNanos(nanoTime - earlier.nanoTime);
	}
}
