package dev.plaza.rules.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.rules.RuleSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Refuses rule sets whose expressions do not compile, naming the rule, line and column. The compiler
 * is the CEL adapter's; an app without it stores rule sets unchecked (and cannot evaluate them either).
 */
@Component
class RuleChecks {

	private final ObjectProvider<RuleCompiler> compiler;

	RuleChecks(ObjectProvider<RuleCompiler> compiler) {
		this.compiler = compiler;
	}

	/** @param pointer where the rule sets sit in the request, such as {@code /document/ruleSets} */
	void refuseIfAnyDoesNotCompile(Map<String, RuleSet> ruleSets, String pointer) {
		RuleCompiler available = compiler.getIfAvailable();
		if (available == null) {
			return;
		}
		List<FieldError> errors = new ArrayList<>();
		ruleSets.forEach((name, ruleSet) -> available.check(ruleSet).forEach(error -> {
			int index = indexOf(ruleSet, error.rule());
			errors.add(new FieldError(pointer + "/" + name + "/rules/" + index + "/expression", "of rule " + error.rule()
					+ " does not compile at line " + error.line() + ", column " + error.column() + ": " + error.message()));
		}));
		if (!errors.isEmpty()) {
			throw Problem.invalidFields(RulesProblems.RULE_DOES_NOT_COMPILE, errors);
		}
	}

	private static int indexOf(RuleSet ruleSet, String rule) {
		for (int i = 0; i < ruleSet.rules().size(); i++) {
			if (ruleSet.rules().get(i).name().equals(rule)) {
				return i;
			}
		}
		return -1;
	}
}
