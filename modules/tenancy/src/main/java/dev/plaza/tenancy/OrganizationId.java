package dev.plaza.tenancy;

import java.util.Objects;
import java.util.UUID;

public record OrganizationId(UUID value) {

	public OrganizationId {
		Objects.requireNonNull(value, "organization id");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
