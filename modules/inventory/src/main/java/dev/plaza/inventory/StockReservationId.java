package dev.plaza.inventory;

import java.util.Objects;
import java.util.UUID;

/** Identifies one stock reservation of a tenant. */
public record StockReservationId(UUID value) {

	public StockReservationId {
		Objects.requireNonNull(value, "stock reservation id");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
