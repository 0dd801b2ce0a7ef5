package dev.plaza.lending;

import java.util.Objects;
import java.util.UUID;

/** Identifies one loan of a lender. */
public record LoanId(UUID value) {

	public LoanId {
		Objects.requireNonNull(value, "loan id");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
