package dev.plaza.platform;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Identifies one tenant: one organization's data space in one environment.
 *
 * <p>{@link #PLATFORM} is the platform operator's own scope. It is never a customer tenant; the
 * database lets it manage registries (organizations, tenants, clients) and nothing else.
 */
public record TenantId(UUID value) {

	public static final TenantId PLATFORM = new TenantId(new UUID(0L, 0L));

	public TenantId {
		Objects.requireNonNull(value, "tenant id");
	}

	public static TenantId of(String value) {
		return new TenantId(UUID.fromString(value));
	}

	/** Not a property: events carrying a tenant are stored as JSON and read back strictly. */
	@JsonIgnore
	public boolean isPlatform() {
		return PLATFORM.equals(this);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
