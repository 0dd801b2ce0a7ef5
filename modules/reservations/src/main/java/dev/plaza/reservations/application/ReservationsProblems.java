package dev.plaza.reservations.application;

import java.util.List;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.reservations.domain.SeatRule;

/** The reservations module's own problem types, beside the platform's common ones. */
public final class ReservationsProblems {

	static final ProblemType SEATS_UNAVAILABLE = new ProblemType("seats-unavailable", "Seats unavailable", 409);

	static final ProblemType UNKNOWN_SEATS = new ProblemType("unknown-seats", "Unknown seats", 422);

	static final ProblemType TOO_MANY_SEATS = new ProblemType("too-many-seats", "Too many seats", 422);

	static final ProblemType SHOWTIME_STARTED = new ProblemType("showtime-started", "Showtime already started", 422);

	/**
	 * 409, not 429: the refusal depends on what the customer (or client) holds now, not on how fast
	 * it asks; waiting a fixed time does not help, releasing or buying a hold does.
	 */
	static final ProblemType TOO_MANY_ACTIVE_HOLDS = new ProblemType("too-many-active-holds", "Too many active holds", 409);

	static final ProblemType HOLD_RELEASED = new ProblemType("hold-released", "Hold released", 409);

	public static final ProblemType RATE_LIMITED = new ProblemType("rate-limited", "Too many requests", 429);

	private ReservationsProblems() {
	}

	/** Refuses a request breaking any rule; the first error decides the problem type, all are listed. */
	public static void refuseIfAny(List<FieldError> errors) {
		if (errors.isEmpty()) {
			return;
		}
		ProblemType type = errors.getFirst().rule() instanceof SeatRule rule ? switch (rule) {
			case UNKNOWN_SEAT -> UNKNOWN_SEATS;
			case TOO_MANY_SEATS -> TOO_MANY_SEATS;
		} : ProblemType.VALIDATION;
		throw Problem.invalidFields(type, errors);
	}
}
