package dev.plaza.rules.application;

import dev.plaza.platform.ProblemType;

/** The rules module's own problem types, beside the platform's common ones. */
public final class RulesProblems {

	/** A country document or tenant override that breaks the published schema or a bound. */
	public static final ProblemType INVALID_CONFIGURATION = new ProblemType("invalid-configuration", "Invalid configuration", 422);

	/** A rule of a document or override whose expression does not compile. */
	public static final ProblemType RULE_DOES_NOT_COMPILE = new ProblemType("rule-does-not-compile", "Rule does not compile", 422);

	/** A tenant override looser than its country allows. */
	public static final ProblemType LOOSER_THAN_COUNTRY = new ProblemType("looser-than-country", "Looser than the country allows", 422);

	/** A version whose effectiveFrom lies in the past: history is never rewritten. */
	public static final ProblemType EFFECTIVE_IN_THE_PAST = new ProblemType("effective-in-the-past", "Effective in the past", 422);

	/** A country Plaza has no configuration for (or none in force at the instant asked about). */
	public static final ProblemType UNKNOWN_COUNTRY = new ProblemType("unknown-country", "Unknown country", 404);

	/** A tenant asked to follow a country Plaza has no configuration for. */
	public static final ProblemType UNCONFIGURED_COUNTRY = new ProblemType("unconfigured-country", "Country not configured", 422);

	private RulesProblems() {
	}
}
