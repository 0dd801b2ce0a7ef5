package dev.plaza.payments;

import java.util.Objects;
import java.util.UUID;

/** Identifies one payment intent of a tenant. */
public record PaymentId(UUID value) {

	public PaymentId {
		Objects.requireNonNull(value, "payment id");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
