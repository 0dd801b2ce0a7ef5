package dev.plaza.venues;

/** A broken rule: which one, the request field it is about, and how to fix the request. */
public record Violation(Rule rule, String field, String message) {

	public enum Rule {
		/** The field is missing or malformed. */
		INVALID,
		/** The field names a city, cinema, room or movie the tenant does not have. */
		UNKNOWN_REFERENCE,
		/** The showtime would start before now. */
		IN_THE_PAST,
		/** A seat kind of the room has no price. */
		MISSING_PRICE,
		/** The room is already taken for part of that time. */
		OVERLAP
	}

	public static Violation invalid(String field, String message) {
		return new Violation(Rule.INVALID, field, message);
	}
}
