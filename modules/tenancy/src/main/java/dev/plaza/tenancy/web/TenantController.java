package dev.plaza.tenancy.web;

import java.util.UUID;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.Tenant;
import dev.plaza.tenancy.application.TenantDirectoryService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tenants as their callers see them. A tenant's token reads its own tenant; asking for any other
 * id answers 404 exactly as for an id that does not exist.
 */
@RestController
@PreAuthorize("hasAnyAuthority('SCOPE_tenant:read', 'SCOPE_platform:admin')")
class TenantController {

	private final TenantDirectoryService directory;

	TenantController(TenantDirectoryService directory) {
		this.directory = directory;
	}

	@GetMapping("/api/v1/tenant")
	TenantView own() {
		TenantId own = TenantContext.current()
			.filter(tenant -> !tenant.isPlatform())
			.orElseThrow(() -> new Problem(ProblemType.NOT_FOUND,
					"This token belongs to no tenant. Use a token issued to one of the tenant's clients."));
		return get(own.value());
	}

	@GetMapping("/api/v1/tenants/{id}")
	TenantView get(@PathVariable UUID id) {
		return directory.find(new TenantId(id)).map(TenantView::of).orElseThrow(() -> Problem.notFound("tenant", id));
	}

	record TenantView(UUID id, OrganizationView organization, String environment) {

		static TenantView of(Tenant tenant) {
			return new TenantView(tenant.id().value(), new OrganizationView(tenant.organization().value(),
					tenant.organizationSlug(), tenant.organizationName()), tenant.environment().code());
		}
	}

	record OrganizationView(UUID id, String slug, String name) {
	}
}
