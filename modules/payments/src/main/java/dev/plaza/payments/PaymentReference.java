package dev.plaza.payments;

import java.util.Objects;

/**
 * What the payment is for, in the caller's words: an order id, say. Plaza does not interpret it;
 * it travels with every payment event so the caller can find its own record again.
 */
public record PaymentReference(String value) {

	public static final int MAX_LENGTH = 200;

	public PaymentReference {
		Objects.requireNonNull(value, "payment reference");
		if (value.isBlank() || value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("A payment reference has 1 to " + MAX_LENGTH + " characters, not only blanks");
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
