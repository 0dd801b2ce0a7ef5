package dev.plaza.reservations.domain;

/** One broken rule of a request: which rule, which field, and what to do about it. */
public record Violation(Rule rule, String field, String message) {

	public enum Rule {
		/** The request is malformed in itself: empty, repeated, missing or out of bounds. */
		INVALID,
		/** The request names seats the showtime's room does not have. */
		UNKNOWN_SEAT,
		/** The request asks for more seats than one hold may take. */
		TOO_MANY_SEATS
	}
}
