package dev.plaza.reservations;

import java.util.Locale;

/** Where a hold stands: only an {@link #ACTIVE} hold keeps its seats from everyone else. */
public enum HoldStatus {

	ACTIVE, EXPIRED, RELEASED;

	/** The lowercase name used in JSON, such as {@code active}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
