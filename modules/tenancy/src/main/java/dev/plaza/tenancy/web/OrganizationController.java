package dev.plaza.tenancy.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.platform.IdCursor;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.tenancy.OrganizationId;
import dev.plaza.tenancy.application.TenantDirectoryService;
import dev.plaza.tenancy.domain.Organization;
import dev.plaza.tenancy.domain.OrganizationSlug;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The platform operator opens organizations; each comes with its three tenants. */
@RestController
@RequestMapping("/api/v1/organizations")
@PreAuthorize("hasAuthority('SCOPE_platform:admin')")
class OrganizationController {

	private static final IdCursor PAGES = new IdCursor("o1");

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 200;

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

	/**
	 * The organizations in the order they were founded, a page at a time: pass {@code nextCursor}
	 * back as {@code cursor} until it is null. {@code slug} finds the one organization with that
	 * slug instead (an empty page when there is none), so a set-up script can be run again.
	 */
	@GetMapping
	OrganizationPage list(@RequestParam(required = false) String slug, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer limit) {
		if (slug != null) {
			if (!slug.matches(OrganizationSlug.PATTERN)) {
				throw new Problem(ProblemType.INVALID_PARAMETER,
						"Parameter 'slug' must be 2 to 40 lowercase letters, digits or inner hyphens, like 'acme-lending'.",
						Map.of("parameter", "slug"));
			}
			return new OrganizationPage(directory.organizationWithSlug(new OrganizationSlug(slug))
				.map(OrganizationView::of)
				.stream()
				.toList(), null);
		}
		int size = limit == null ? DEFAULT_LIMIT : limit;
		if (size < 1 || size > MAX_LIMIT) {
			throw new Problem(ProblemType.INVALID_PARAMETER, "Parameter 'limit' must be between 1 and " + MAX_LIMIT + ".",
					Map.of("parameter", "limit"));
		}
		List<Organization> found = directory.organizations(PAGES.decode(cursor), size + 1);
		List<OrganizationView> page = found.stream().limit(size).map(OrganizationView::of).toList();
		return new OrganizationPage(page,
				found.size() > size ? PAGES.after(page.getLast().id()) : null);
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

	/** A page of organizations; {@code nextCursor} is null on the last page. */
	record OrganizationPage(List<OrganizationView> items, @Schema(nullable = true) String nextCursor) {
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
