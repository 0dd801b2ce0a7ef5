package dev.plaza.tenancy.remote;

import java.util.List;
import java.util.Map;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.Organizations;
import dev.plaza.tenancy.Tenant;
import dev.plaza.tenancy.domain.OrganizationSlug;
import org.springframework.web.bind.annotation.RestController;

/** Serves {@link Organizations} to the other services (onboarding's provisioning), in the platform scope their call names. */
@RestController
class OrganizationsEndpoint implements OrganizationsApi {

	private static final int MAX_NAME = 200;

	private final Organizations organizations;

	OrganizationsEndpoint(Organizations organizations) {
		this.organizations = organizations;
	}

	/**
	 * Founds in the platform scope whichever tenant the call names: organizations are the platform's
	 * registry, and only Plaza's own services reach this endpoint.
	 */
	@Override
	public List<Tenant> found(String slug, Founding founding) {
		if (slug == null || !slug.matches(OrganizationSlug.PATTERN)) {
			throw new Problem(ProblemType.INVALID_PARAMETER,
					"Parameter 'slug' must be 2 to 40 lowercase letters, digits or inner hyphens, like 'es-b12345674'.",
					Map.of("parameter", "slug"));
		}
		String name = founding == null ? null : founding.name();
		if (name == null || name.isBlank() || name.length() > MAX_NAME) {
			throw Problem.invalidFields(ProblemType.VALIDATION,
					List.of(new FieldError("name", "must be the organization's name, 1 to " + MAX_NAME + " characters")));
		}
		return TenantContext.callAs(TenantId.PLATFORM, () -> organizations.found(slug, name));
	}
}
