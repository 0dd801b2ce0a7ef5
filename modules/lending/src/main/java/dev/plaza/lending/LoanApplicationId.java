package dev.plaza.lending;

import java.util.Objects;
import java.util.UUID;

/** Identifies an application as the applicant made it; lenders' copies carry it too. */
public record LoanApplicationId(UUID value) {

	public LoanApplicationId {
		Objects.requireNonNull(value, "loan application id");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
