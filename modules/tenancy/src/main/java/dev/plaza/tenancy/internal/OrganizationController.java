package dev.plaza.tenancy.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import dev.plaza.tenancy.OrganizationId;
import dev.plaza.tenancy.domain.Organization;
import dev.plaza.tenancy.domain.OrganizationSlug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The platform operator opens organizations; each comes with its three tenants. */
@RestController
@RequestMapping("/api/v1/organizations")
@PreAuthorize("hasAuthority('SCOPE_platform:admin')")
class OrganizationController {

	private final TenantDirectoryService directory;

	OrganizationController(TenantDirectoryService directory) {
		this.directory = directory;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201")
	ResponseEntity<OrganizationView> create(@Valid @RequestBody NewOrganization request) {
		Organization organization = directory.foundOrganization(new OrganizationSlug(request.slug()), request.name());
		return ResponseEntity.created(URI.create("/api/v1/organizations/" + organization.id()))
			.body(OrganizationView.of(organization));
	}

	@GetMapping("/{id}")
	OrganizationView get(@PathVariable UUID id) {
		return OrganizationView.of(directory.organization(new OrganizationId(id)));
	}

	record NewOrganization(
			@NotNull @Pattern(regexp = OrganizationSlug.PATTERN,
					message = "must be 2 to 40 lowercase letters, digits or inner hyphens, like 'acme-lending'") String slug,
			@NotNull @Size(min = 1, max = 200) @Pattern(regexp = "^[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} .,'&()/+-]*$",
					message = "must start with a letter or digit and use only letters, digits, spaces and . , ' & ( ) / + -") String name) {
	}

	record OrganizationView(UUID id, String slug, String name, List<TenantView> tenants) {

		static OrganizationView of(Organization organization) {
			return new OrganizationView(organization.id().value(), organization.slug().value(), organization.name(),
					organization.tenants().stream()
						.map(tenant -> new TenantView(tenant.id().value(), tenant.environment().code()))
						.toList());
		}
	}

	record TenantView(UUID id, String environment) {
	}
}
