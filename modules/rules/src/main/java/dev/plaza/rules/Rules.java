package dev.plaza.rules;

import java.util.List;
import java.util.Map;

/**
 * Evaluates the rule sets that configuration holds. Rule sets are compiled once per configuration
 * version and evaluated with a cost limit, so no rule can loop or exhaust memory.
 */
public interface Rules {

	/**
	 * Every rule of the named rule set in force for the country (and, in a tenant's scope, with the
	 * tenant's own rules) that the input fails; empty when it passes them all.
	 *
	 * @param input the input's fields by name, as the rule set's {@link InputKind} declares them
	 * @throws IllegalArgumentException if the country's configuration has no rule set with that name
	 * @throws dev.plaza.platform.Problem of type {@code invalid-rule-input} if the input has a field its kind
	 *     does not declare or a value of the wrong type; a string or list too large to evaluate on is not
	 *     refused but fails the rule {@code inputWithinLimits}
	 */
	List<RuleFailure> evaluate(Country country, String ruleSet, Map<String, Object> input);
}
