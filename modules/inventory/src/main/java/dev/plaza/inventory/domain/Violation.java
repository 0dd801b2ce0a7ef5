package dev.plaza.inventory.domain;

/** One broken rule of a stock request: which rule, which field, and what to do about it. */
public record Violation(Rule rule, String field, String message) {

	public enum Rule {
		/** The request is malformed in itself: empty, repeated, missing or out of bounds. */
		INVALID
	}
}
