package dev.plaza.tenancy.remote;

import java.util.List;

import dev.plaza.tenancy.Organizations;
import dev.plaza.tenancy.Tenant;
import dev.plaza.tenancy.remote.OrganizationsApi.Founding;

/** {@link Organizations} of identity-service, for a service that does not hold tenancy (commerce-service's onboarding). */
final class RemoteOrganizations implements Organizations {

	private final OrganizationsApi identity;

	RemoteOrganizations(OrganizationsApi identity) {
		this.identity = identity;
	}

	@Override
	public List<Tenant> found(String slug, String name) {
		return identity.found(slug, new Founding(name));
	}
}
