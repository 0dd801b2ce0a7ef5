package dev.plaza.onboarding.domain;

import java.util.Objects;

/**
 * Why an item is where it is: the rule that spoke and what it said, such as
 * {@code {"rule": "contactEmail", "message": "must be an e-mail address such as ana@example.com"}}.
 *
 * @param warning true when the rule only warns: the item went on
 */
public record Reason(String rule, String message, boolean warning) {

	public Reason {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(message, "message");
	}

	public static Reason error(String rule, String message) {
		return new Reason(rule, message, false);
	}

	public static Reason warning(String rule, String message) {
		return new Reason(rule, message, true);
	}
}
