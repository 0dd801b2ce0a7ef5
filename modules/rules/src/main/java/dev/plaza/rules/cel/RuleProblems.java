package dev.plaza.rules.cel;

import dev.plaza.platform.ProblemType;

/** The refusals of evaluating rules a caller can cause. */
public final class RuleProblems {

	/** A draft or configured rule does not compile; {@code errors} names each rule, line and column. */
	public static final ProblemType RULES_DO_NOT_COMPILE = new ProblemType("rules-do-not-compile",
			"Rules do not compile", 422);

	/** The input has a field its kind does not declare, or a value of the wrong type. */
	public static final ProblemType INVALID_RULE_INPUT = new ProblemType("invalid-rule-input", "Invalid rule input",
			422);

	/** No rule set of that name is configured for the country; {@code known} lists those that are. */
	public static final ProblemType UNKNOWN_RULE_SET = new ProblemType("unknown-rule-set", "Unknown rule set", 404);

	private RuleProblems() {
	}
}
