package dev.plaza.rules.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.plaza.platform.FieldError;
import dev.plaza.rules.InputKind;
import dev.plaza.rules.Rule;
import dev.plaza.rules.RuleSet;
import dev.plaza.rules.Severity;

/** A rule set as documents write it: {@code {"input": "applicant", "rules": [{name, expression, message, severity}]}}. */
record RuleSetDocument(String input, List<RuleDocument> rules) {

	record RuleDocument(String name, String expression, String message, String severity) {
	}

	RuleSet toRuleSet(String name) {
		InputKind kind = List.of(InputKind.values()).stream()
			.filter(candidate -> candidate.variable().equals(input))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no input kind " + input));
		return new RuleSet(name, kind, rules.stream()
			.map(rule -> new Rule(rule.name(), rule.expression(), rule.message(),
					Severity.valueOf(rule.severity().toUpperCase(Locale.ROOT))))
			.toList());
	}

	/** Rule names repeated within the set, which would make failures ambiguous. */
	List<FieldError> repeatedNames(String pointer) {
		List<FieldError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < rules.size(); i++) {
			if (!seen.add(rules.get(i).name())) {
				errors.add(new FieldError(pointer + "/rules/" + i + "/name",
						"must differ from the names of the set's other rules (" + rules.get(i).name() + " is taken)"));
			}
		}
		return errors;
	}
}
