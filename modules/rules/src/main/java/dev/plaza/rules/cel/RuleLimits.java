package dev.plaza.rules.cel;

/**
 * What one rule may take, so no rule, however written, can loop or exhaust memory: its size when compiled,
 * and its cost when evaluated. A rule over the evaluation limits fails (it is not passed), with a message
 * saying so.
 *
 * @param maxExpressionLength the longest expression, in characters
 * @param maxNesting the deepest nesting of calls, selections and parentheses
 * @param maxIterations the most iterations of all its comprehensions ({@code all}, {@code exists},
 *     {@code map}, {@code filter}) together, in one evaluation
 * @param maxCost the most expression steps (each operator, call, selection, literal evaluated), in one
 *     evaluation
 */
public record RuleLimits(int maxExpressionLength, int maxNesting, int maxIterations, long maxCost) {

	/** Generous for real rules (the seeded ones cost under 50 steps), tight for runaway ones. */
	public static final RuleLimits DEFAULT = new RuleLimits(4_000, 48, 10_000, 100_000);
}
