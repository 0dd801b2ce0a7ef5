package dev.plaza.rules.cel;

import java.util.List;

import dev.plaza.rules.RuleSet;
import dev.plaza.rules.application.RuleCompiler;
import org.springframework.stereotype.Component;

/** Checks rule sets against the CEL environment they will run in. */
@Component
class CelRuleCompiler implements RuleCompiler {

	private final RuleEnvironment environment;

	CelRuleCompiler(RuleEnvironment environment) {
		this.environment = environment;
	}

	@Override
	public List<CompileError> check(RuleSet ruleSet) {
		return environment.check(ruleSet);
	}
}
