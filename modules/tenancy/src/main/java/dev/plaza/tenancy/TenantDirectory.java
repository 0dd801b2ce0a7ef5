package dev.plaza.tenancy;

import java.util.List;
import java.util.Optional;

import dev.plaza.platform.TenantId;

/** Looks tenants up. A tenant's caller finds only itself; the platform operator finds any. */
public interface TenantDirectory {

	Optional<Tenant> find(TenantId id);

	/**
	 * The tenant whose storefront is served at the host a request names in its {@code Host} header
	 * (a port is ignored), whoever is asking: public pages and search have no token to tell it.
	 */
	Optional<TenantId> servedAt(String hostHeader);

	/**
	 * Every tenant's id in id order, for platform maintenance that visits each tenant in turn (such
	 * as rebuilding a search index). Call it in the platform scope
	 * ({@code TenantContext.callAs(TenantId.PLATFORM, ...)}); a tenant's caller gets only itself.
	 */
	List<TenantId> all();

	/**
	 * The tenant of the organization's environment, whoever is asking: a person logging in names an
	 * environment before any tenant is bound to the request.
	 */
	Optional<TenantId> tenantOf(OrganizationId organization, Environment environment);
}
