package dev.plaza.payments;

import java.util.Locale;

/** A refund is {@link #PENDING} until the processor confirms it; its amount is set aside meanwhile. */
public enum RefundStatus {

	PENDING, SUCCEEDED, FAILED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static RefundStatus ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}
}
