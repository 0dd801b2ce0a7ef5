package dev.plaza.tenancy.domain;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.Environment;
import dev.plaza.tenancy.OrganizationId;

/**
 * A customer of the platform. Founding one opens a tenant for each environment, so the
 * organization can try things in {@code demo} and {@code staging} before {@code production}.
 */
public record Organization(OrganizationId id, OrganizationSlug slug, String name, List<EnvironmentTenant> tenants) {

	public static Organization found(OrganizationSlug slug, String name, Supplier<UUID> ids) {
		List<EnvironmentTenant> tenants = Arrays.stream(Environment.values())
			.map(environment -> new EnvironmentTenant(new TenantId(ids.get()), environment))
			.toList();
		return new Organization(new OrganizationId(ids.get()), slug, name, tenants);
	}

	public record EnvironmentTenant(TenantId id, Environment environment) {
	}
}
