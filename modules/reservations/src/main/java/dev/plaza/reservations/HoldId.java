package dev.plaza.reservations;

import java.util.Objects;
import java.util.UUID;

/** Identifies one seat hold of a tenant. */
public record HoldId(UUID value) {

	public HoldId {
		Objects.requireNonNull(value, "hold id");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
