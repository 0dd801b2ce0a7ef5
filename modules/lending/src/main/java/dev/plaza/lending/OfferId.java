package dev.plaza.lending;

import java.util.Objects;
import java.util.UUID;

/** Identifies one lender's offer for one application. */
public record OfferId(UUID value) {

	public OfferId {
		Objects.requireNonNull(value, "offer id");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
