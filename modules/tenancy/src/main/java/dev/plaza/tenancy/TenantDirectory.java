package dev.plaza.tenancy;

import java.util.Optional;

import dev.plaza.platform.TenantId;

/** Looks tenants up. A tenant's caller finds only itself; the platform operator finds any. */
public interface TenantDirectory {

	Optional<Tenant> find(TenantId id);
}
