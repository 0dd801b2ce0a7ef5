package dev.plaza.payments;

import java.util.Objects;
import java.util.UUID;

/** Identifies one refund of a payment. */
public record RefundId(UUID value) {

	public RefundId {
		Objects.requireNonNull(value, "refund id");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
