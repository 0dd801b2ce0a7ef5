package dev.plaza.rules;

import java.time.Instant;
import java.util.Optional;

import dev.plaza.platform.TenantId;

/**
 * A country's configuration got a new version, or a tenant's overrides changed. Consumers holding
 * configuration drop what they cached for it.
 *
 * @param country the country whose document changed, or whose tenant's overrides did
 * @param tenant the tenant whose overrides changed; empty for a new country version
 * @param effectiveFrom when the change takes effect (a country version may be scheduled ahead)
 */
public record ConfigurationChanged(Country country, Optional<TenantId> tenant, int version, Instant effectiveFrom) {
}
