package dev.plaza.tenancy.remote;

import java.util.List;
import java.util.UUID;

import dev.plaza.platform.ServiceCalls;
import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.Tenant;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** {@link dev.plaza.tenancy.TenantDirectory} over HTTP: served by {@link TenantDirectoryEndpoint}, called by {@link RemoteTenantDirectory}. */
@HttpExchange(ServiceCalls.PATH_PREFIX + "/tenancy")
interface TenantDirectoryApi {

	/** No body when the caller may not see such a tenant. */
	@GetExchange("/tenants/{id}")
	Tenant find(@PathVariable UUID id);

	/** No body when no storefront is served at the host. */
	@GetExchange("/storefronts")
	TenantId servedAt(@RequestParam String host);

	@GetExchange("/tenants")
	List<TenantId> all();

	/** No body when the organization has no such environment. */
	@GetExchange("/organizations/{organization}/tenants/{environment}")
	TenantId tenantOf(@PathVariable UUID organization, @PathVariable String environment);
}
