package dev.plaza.platform.web;

import dev.plaza.platform.ProblemType;

/**
 * No pooled database connection came free in time: the server is overloaded, not the request
 * wrong. A 503 with Retry-After tells clients to come back (and is not stored for an
 * Idempotency-Key, so the retry runs), where a 500 would say something broke.
 */
final class Overload {

	static final ProblemType TYPE = ProblemType.OVERLOADED;

	static final String RETRY_AFTER_SECONDS = "1";

	static final String DETAIL = "The server is too busy to take this request now. Retry in a second, "
			+ "with the same Idempotency-Key if the request had one.";

	private Overload() {
	}
}
