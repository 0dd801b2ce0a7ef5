package dev.plaza.rules.cel;

import dev.cel.common.ast.CelExpr;
import dev.cel.runtime.CelEvaluationListener;

/**
 * Counts the steps of one evaluation and stops it past the limit. CEL-Java evaluates without a cost
 * budget of its own, but calls a listener after each step; once over the limit every further step throws,
 * so no branch can absorb the stop ({@code ||} and {@code &&} swallow one side's error).
 */
final class CostMeter implements CelEvaluationListener {

	private final long limit;

	private long steps;

	CostMeter(long limit) {
		this.limit = limit;
	}

	@Override
	public void callback(CelExpr expr, Object evaluatedResult) {
		if (++steps > limit) {
			throw new CostLimitExceeded(limit);
		}
	}

	boolean exceeded() {
		return steps > limit;
	}

	static final class CostLimitExceeded extends RuntimeException {

		CostLimitExceeded(long limit) {
			super("evaluation cost limit of " + limit + " steps exceeded", null, false, false);
		}
	}
}
