package dev.plaza.rules.cel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one rule may take, so no rule, however written, can loop or exhaust memory: its size when compiled,
 * and its cost when evaluated. A rule over the evaluation limits fails (it is not passed), with a message
 * saying so. The defaults are generous for real rules (the seeded ones cost under 50 steps) and tight for
 * runaway ones.
 *
 * @param maxExpressionLength the longest expression, in characters
 * @param maxNesting the deepest nesting of calls, selections and parentheses
 * @param maxIterations the most iterations of all its comprehensions ({@code all}, {@code exists},
 *     {@code map}, {@code filter}) together, in one evaluation
 * @param maxCost the most expression steps (each operator, call, selection, literal evaluated), in one
 *     evaluation
 */
@ConfigurationProperties("plaza.rules.limits")
public record RuleLimits(@DefaultValue("4000") int maxExpressionLength, @DefaultValue("48") int maxNesting,
		@DefaultValue("10000") int maxIterations, @DefaultValue("100000") long maxCost) {

	/** The defaults, for code that runs rules without the application's configuration (benchmarks, tests). */
	public static final RuleLimits DEFAULT = new RuleLimits(4_000, 48, 10_000, 100_000);
}
