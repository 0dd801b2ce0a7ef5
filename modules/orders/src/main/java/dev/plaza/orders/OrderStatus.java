package dev.plaza.orders;

import java.util.Locale;

/**
 * Where an order stands. It begins {@link #AWAITING_PAYMENT}; payment makes it {@link #PAID}, the
 * background confirmation {@link #CONFIRMED} (seats sold, stock taken, tickets issued) and handing it
 * over {@link #FULFILLED}. Unpaid, it is {@link #CANCELLED} on request or {@link #EXPIRED} past its
 * deadline; paid, money given back makes it {@link #PARTIALLY_REFUNDED} or {@link #REFUNDED}.
 */
public enum OrderStatus {

	AWAITING_PAYMENT, PAID, CONFIRMED, FULFILLED, CANCELLED, EXPIRED, PARTIALLY_REFUNDED, REFUNDED;

	/** The lowercase name used in JSON, such as {@code awaiting_payment}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static OrderStatus ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}
}
