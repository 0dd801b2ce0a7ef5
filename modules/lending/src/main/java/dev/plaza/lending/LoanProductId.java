package dev.plaza.lending;

import java.util.Objects;
import java.util.UUID;

/** Identifies one of a lender's loan products. */
public record LoanProductId(UUID value) {

	public LoanProductId {
		Objects.requireNonNull(value, "loan product id");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
