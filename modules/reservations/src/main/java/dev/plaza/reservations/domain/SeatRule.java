package dev.plaza.reservations.domain;

import dev.plaza.platform.FieldError;

/** The rules a seat request can break beyond being malformed, each answered with its own problem type. */
public enum SeatRule implements FieldError.Rule {
	/** The request names seats the showtime's room does not have. */
	UNKNOWN_SEAT,
	/** The request asks for more seats than one hold may take. */
	TOO_MANY_SEATS
}
