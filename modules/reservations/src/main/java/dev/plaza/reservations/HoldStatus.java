package dev.plaza.reservations;

import java.util.Locale;

/** Where a hold stands: an {@link #ACTIVE} hold keeps its seats from everyone else, a {@link #SOLD} one for good. */
public enum HoldStatus {

	ACTIVE, EXPIRED, RELEASED, SOLD;

	/** The lowercase name used in JSON, such as {@code active}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
