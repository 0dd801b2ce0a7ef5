package dev.plaza.tenancy.remote;

import java.util.List;

import dev.plaza.platform.ServiceCalls;
import dev.plaza.tenancy.Tenant;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * {@link dev.plaza.tenancy.Organizations} over HTTP: served by {@link OrganizationsEndpoint}, called by
 * {@link RemoteOrganizations}. Founding is a {@code PUT} on the slug: an organization is found by its
 * slug, so sending it again founds nothing new, and a lost answer may be retried. A slug that is not
 * one is a 400.
 */
@HttpExchange(ServiceCalls.PATH_PREFIX + "/tenancy")
interface OrganizationsApi {

	/** The organization's tenants, demo first and production last. */
	@PutExchange("/organizations/{slug}")
	List<Tenant> found(@PathVariable String slug, @RequestBody Founding founding);

	/** What founding an organization needs besides its slug. */
	record Founding(String name) {
	}
}
