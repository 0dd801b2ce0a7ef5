package dev.plaza.inventory.application;

import java.util.List;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;

/**
 * Stock problem types beside the published {@link dev.plaza.inventory.StockProblems}, and how
 * field errors become problems.
 */
public final class StockRefusals {

	/** The same type the catalog answers for references to things the tenant does not have. */
	static final ProblemType UNKNOWN_REFERENCE = new ProblemType("unknown-reference", "Unknown reference", 422);

	static final ProblemType BELOW_ZERO = new ProblemType("stock-below-zero", "Stock would go below zero", 409);

	static final ProblemType BELOW_RESERVED = new ProblemType("stock-below-reserved", "Stock would go below reserved", 409);

	private StockRefusals() {
	}

	/** A 400 listing every error, if there is any. */
	public static void refuseIfAny(List<FieldError> errors) {
		refuseIfAny(ProblemType.VALIDATION, errors);
	}

	public static void refuseIfAny(ProblemType type, List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw problem(type, errors);
		}
	}

	/** The problem listing every error; the detail names the first five. */
	static Problem problem(ProblemType type, List<FieldError> errors) {
		return Problem.invalidFields(type, errors, 5);
	}
}
