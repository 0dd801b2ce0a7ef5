package dev.plaza.rules.cel;

import java.util.List;

import dev.plaza.rules.application.RuleCompiler.CompileError;

/** A rule set with at least one rule that does not compile. */
public final class RuleSetDoesNotCompile extends RuntimeException {

	private final transient List<CompileError> errors;

	RuleSetDoesNotCompile(String ruleSet, List<CompileError> errors) {
		super("Rule set '" + ruleSet + "' does not compile: " + errors, null, false, false);
		this.errors = List.copyOf(errors);
	}

	public List<CompileError> errors() {
		return errors;
	}
}
