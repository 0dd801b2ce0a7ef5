package dev.plaza.orders;

import java.util.Objects;
import java.util.UUID;

/** Identifies one order of a tenant; it is also the reference of the order's payment. */
public record OrderId(UUID value) {

	public OrderId {
		Objects.requireNonNull(value, "order id");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
