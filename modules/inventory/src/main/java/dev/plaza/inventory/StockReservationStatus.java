package dev.plaza.inventory;

import java.util.Locale;

/**
 * Where a stock reservation stands. Only an {@link #ACTIVE} one keeps its units from others; it
 * becomes {@link #EXPIRED} by itself at its {@code expiresAt}, {@link #RELEASED} when given up and
 * {@link #COMMITTED} when its units were sold (taken off the shelf).
 */
public enum StockReservationStatus {

	ACTIVE, EXPIRED, RELEASED, COMMITTED;

	/** The lowercase name used in JSON, such as {@code committed}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
