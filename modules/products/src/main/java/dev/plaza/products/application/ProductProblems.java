package dev.plaza.products.application;

import java.util.List;
import java.util.Map;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;

/**
 * How products refuse requests. Products are served under {@code /api/v1/catalog} beside the venues,
 * so they answer with the catalog's problem types: clients handle one set.
 */
public final class ProductProblems {

	static final ProblemType TAKEN = new ProblemType("catalog-key-taken", "Already taken", 409);

	static final ProblemType UNKNOWN_REFERENCE = new ProblemType("unknown-reference", "Unknown reference", 422);

	private ProductProblems() {
	}

	static Problem taken(String field, String value, String what) {
		return new Problem(TAKEN, "This catalog already has " + what + " with " + field + " '" + value + "'. Choose another "
				+ field + ", or read the existing one.", Map.of("field", field));
	}

	/** Refuses a request breaking any rule; the first error decides the problem type, all are listed, five named. */
	public static void refuseIfAny(List<FieldError> errors) {
		if (errors.isEmpty()) {
			return;
		}
		ProblemType type = errors.getFirst().rule() instanceof UnknownImage ? UNKNOWN_REFERENCE : ProblemType.VALIDATION;
		throw Problem.invalidFields(type, errors, 5);
	}
}
