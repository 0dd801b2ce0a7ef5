package dev.plaza.rules;

import java.util.Objects;

/**
 * One validation rule: a CEL expression that is {@code true} when the input passes, and the message
 * a person is told when it does not.
 *
 * @param name stable within its rule set, such as {@code taxIdValid}
 * @param expression CEL over the rule set's input, such as {@code isValidIban(applicant.iban)}
 */
public record Rule(String name, String expression, String message, Severity severity) {

	public Rule {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(expression, "expression");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(severity, "severity");
	}
}
