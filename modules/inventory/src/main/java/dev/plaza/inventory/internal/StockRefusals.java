package dev.plaza.inventory.internal;

import java.util.List;
import java.util.Map;

import dev.plaza.inventory.domain.Violation;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;

/**
 * Stock problem types beside the published {@link dev.plaza.inventory.StockProblems}, and how
 * rule violations become problems.
 */
final class StockRefusals {

	/** The same type the catalog answers for references to things the tenant does not have. */
	static final ProblemType UNKNOWN_REFERENCE = new ProblemType("unknown-reference", "Unknown reference", 422);

	static final ProblemType BELOW_ZERO = new ProblemType("stock-below-zero", "Stock would go below zero", 409);

	static final ProblemType BELOW_RESERVED = new ProblemType("stock-below-reserved", "Stock would go below reserved", 409);

	private StockRefusals() {
	}

	/** A 400 listing every violation, if there is any. */
	static void refuseIfAny(List<Violation> violations) {
		refuseIfAny(ProblemType.VALIDATION, violations);
	}

	static void refuseIfAny(ProblemType type, List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw problem(type, violations);
		}
	}

	/** The problem listing every violation; the summary names the first five. */
	static Problem problem(ProblemType type, List<Violation> violations) {
		String summary = violations.stream().limit(5).map(v -> v.field() + " " + v.message())
			.reduce((a, b) -> a + "; " + b).orElseThrow();
		return new Problem(type, "Fix these fields and retry: " + summary + ".", Map.of("errors",
				violations.stream().map(v -> Map.of("field", v.field(), "reason", v.message())).toList()));
	}
}
