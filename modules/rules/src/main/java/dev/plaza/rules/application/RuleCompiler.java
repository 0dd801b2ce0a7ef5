package dev.plaza.rules.application;

import java.util.List;

import dev.plaza.rules.RuleSet;

/**
 * Checks rule sets before configuration accepts them: a document or override whose rules do not
 * compile against their input's declared fields is refused, naming where.
 */
public interface RuleCompiler {

	/** Each rule of the set that does not compile, with where; empty when all compile. */
	List<CompileError> check(RuleSet ruleSet);

	/** A rule that does not compile, such as an unknown field, at a 1-based line and column of its expression. */
	record CompileError(String rule, int line, int column, String message) {
	}
}
