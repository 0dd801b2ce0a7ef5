package dev.plaza.platform;

import java.util.Objects;

/**
 * One field of a request, or of one row of a bulk import, that breaks a rule, and how to fix it:
 * {@code reason} completes the sentence that starts with the field's name ("price.amount must be
 * given"). Pure data: domain rules return lists of these, the web layer refuses them with
 * {@link Problem#invalidFields(ProblemType, java.util.List)}.
 *
 * @param field where the value sits in the request, such as {@code price.amount} or {@code [3].currency}
 * @param reason what is wrong and what to send instead
 * @param rule which kind of rule it breaks, for callers that answer kinds differently; {@link #INVALID} for most
 */
public record FieldError(String field, String reason, Rule rule) {

	/**
	 * A kind of broken rule a module tells apart, such as a showtime in the past or an unknown seat:
	 * the module lists its kinds in an enum implementing this and maps each to a problem type.
	 */
	public interface Rule {
	}

	/** The field is missing or malformed: the rule every field has. */
	public static final Rule INVALID = Basic.INVALID;

	private enum Basic implements Rule {
		INVALID
	}

	public FieldError {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(rule, "rule");
	}

	/** A field that is missing or malformed. */
	public FieldError(String field, String reason) {
		this(field, reason, INVALID);
	}
}
