package dev.plaza.payments;

import java.util.Locale;

/**
 * Where a payment stands. It begins {@link #REQUIRES_PAYMENT}; confirming makes it {@link #PROCESSING}
 * while the processor is asked, and {@link #PENDING} when the processor's outcome is not known yet.
 * {@link #SUCCEEDED} and {@link #FAILED} are final.
 */
public enum PaymentStatus {

	REQUIRES_PAYMENT, PROCESSING, PENDING, SUCCEEDED, FAILED;

	/** The lowercase name used in JSON, such as {@code requires_payment}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static PaymentStatus ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

	/** The processor has the last word on a payment that is processing or pending. */
	public boolean awaitsProcessor() {
		return this == PROCESSING || this == PENDING;
	}

	public boolean isFinal() {
		return this == SUCCEEDED || this == FAILED;
	}
}
