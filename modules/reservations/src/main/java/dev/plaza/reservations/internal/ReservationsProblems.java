package dev.plaza.reservations.internal;

import java.util.List;
import java.util.Map;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.reservations.domain.Violation;

/** The reservations module's own problem types, beside the platform's common ones. */
final class ReservationsProblems {

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

	static final ProblemType RATE_LIMITED = new ProblemType("rate-limited", "Too many requests", 429);

	private ReservationsProblems() {
	}

	/** Refuses a request breaking any rule; the first violation decides the problem type, all are listed. */
	static void refuseIfAny(List<Violation> violations) {
		if (violations.isEmpty()) {
			return;
		}
		ProblemType type = switch (violations.getFirst().rule()) {
			case INVALID -> ProblemType.VALIDATION;
			case UNKNOWN_SEAT -> UNKNOWN_SEATS;
			case TOO_MANY_SEATS -> TOO_MANY_SEATS;
		};
		String summary = violations.stream().map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b)
			.orElseThrow();
		throw new Problem(type, "Fix these fields and retry: " + summary + ".", Map.of("errors",
				violations.stream().map(v -> Map.of("field", v.field(), "reason", v.message())).toList()));
	}
}
