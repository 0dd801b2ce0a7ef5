package dev.plaza.venues.domain;

import dev.plaza.platform.FieldError;

/** The catalog's rules a field can break beyond being malformed, each answered with its own problem type. */
public enum CatalogRule implements FieldError.Rule {
	/** The field names a city, cinema, room, movie or image the tenant does not have. */
	UNKNOWN_REFERENCE,
	/** The showtime would start before now. */
	IN_THE_PAST,
	/** A seat kind of the room has no price. */
	MISSING_PRICE,
	/** The room is already taken for part of that time. */
	OVERLAP
}
