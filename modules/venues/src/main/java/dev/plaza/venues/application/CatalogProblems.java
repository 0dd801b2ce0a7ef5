package dev.plaza.venues.application;

import java.util.List;
import java.util.Map;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.venues.domain.CatalogRule;

/**
 * The catalog's own problem types, beside the platform's common ones, and how rule violations map to
 * them. Products, served under {@code /api/v1/catalog} too, answer with the same types.
 */
public final class CatalogProblems {

	static final ProblemType TAKEN = new ProblemType("catalog-key-taken", "Already taken", 409);

	static final ProblemType UNKNOWN_REFERENCE = new ProblemType("unknown-reference", "Unknown reference", 422);

	static final ProblemType SHOWTIME_IN_THE_PAST = new ProblemType("showtime-in-the-past", "Showtime in the past", 422);

	static final ProblemType MISSING_PRICE = new ProblemType("missing-price", "Missing price", 422);

	static final ProblemType SHOWTIME_OVERLAP = new ProblemType("showtime-overlap", "Room already taken", 409);

	public static final ProblemType INVALID_SCHEDULE = new ProblemType("invalid-schedule", "Invalid schedule", 422);

	public static final ProblemType SCHEDULE_TOO_LARGE = new ProblemType("schedule-too-large", "Schedule too large", 413);

	private CatalogProblems() {
	}

	public static Problem taken(String field, String value, String what) {
		return new Problem(TAKEN, "This catalog already has " + what + " with " + field + " '" + value + "'. Choose another "
				+ field + ", or read the existing one.", Map.of("field", field));
	}

	public static FieldError unknown(String field, String what, Object id) {
		return new FieldError(field, "names a " + what + " this catalog does not have (" + id + "); create it first or fix "
				+ field, CatalogRule.UNKNOWN_REFERENCE);
	}

	/** Refuses a request breaking any rule; the first error decides the problem type, all are listed, five named. */
	public static void refuseIfAny(List<FieldError> errors) {
		if (errors.isEmpty()) {
			return;
		}
		ProblemType type = errors.getFirst().rule() instanceof CatalogRule rule ? switch (rule) {
			case UNKNOWN_REFERENCE -> UNKNOWN_REFERENCE;
			case IN_THE_PAST -> SHOWTIME_IN_THE_PAST;
			case MISSING_PRICE -> MISSING_PRICE;
			case OVERLAP -> SHOWTIME_OVERLAP;
		} : ProblemType.VALIDATION;
		throw Problem.invalidFields(type, errors, 5);
	}
}
