package dev.plaza.products;

import java.util.Objects;
import java.util.UUID;

/** Identifies one product of a tenant's shop catalog. */
public record ProductId(UUID value) implements Comparable<ProductId> {

	public ProductId {
		Objects.requireNonNull(value, "product id");
	}

	@Override
	public int compareTo(ProductId other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
