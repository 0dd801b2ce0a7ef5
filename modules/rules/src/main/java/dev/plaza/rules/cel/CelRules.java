package dev.plaza.rules.cel;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.plaza.platform.Problem;
import dev.plaza.rules.Country;
import dev.plaza.rules.RuleFailure;
import dev.plaza.rules.Rules;
import org.springframework.stereotype.Component;

/** Evaluates the rule sets in force with CEL. */
@Component
class CelRules implements Rules {

	private final RuleSets ruleSets;

	CelRules(RuleSets ruleSets) {
		this.ruleSets = ruleSets;
	}

	@Override
	public List<RuleFailure> evaluate(Country country, String ruleSet, Map<String, Object> input) {
		RuleSets.InForce inForce;
		try {
			inForce = ruleSets.inForce(country, ruleSet);
		}
		catch (Problem unknown) {
			throw new IllegalArgumentException(unknown.getMessage(), unknown);
		}
		return ruleSets.compiled(inForce.ruleSet()).evaluate(input, Instant.now());
	}
}
