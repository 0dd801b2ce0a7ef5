package dev.plaza.rules;

import java.util.List;
import java.util.Objects;

/** A named list of rules over one kind of input, such as {@code onboarding} over an applicant. */
public record RuleSet(String name, InputKind input, List<Rule> rules) {

	public RuleSet {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(input, "input");
		rules = List.copyOf(rules);
	}
}
