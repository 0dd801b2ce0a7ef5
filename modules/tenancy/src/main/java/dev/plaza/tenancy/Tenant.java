package dev.plaza.tenancy;

import dev.plaza.platform.TenantId;

/** One organization's data space in one environment. */
public record Tenant(TenantId id, OrganizationId organization, String organizationSlug, String organizationName,
		Environment environment) {
}
