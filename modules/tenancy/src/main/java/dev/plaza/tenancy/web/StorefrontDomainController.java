package dev.plaza.tenancy.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.plaza.tenancy.application.TenantDirectoryService;
import dev.plaza.tenancy.persistence.StorefrontDomainRepository;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.domain.StorefrontDomain;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * White-label hosts of a tenant's storefront. The platform operator maps them (it also owns DNS and
 * certificates for them); a tenant reads its own.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/domains")
class StorefrontDomainController {

	private final TenantDirectoryService directory;

	private final StorefrontDomainRepository domains;

	StorefrontDomainController(TenantDirectoryService directory, StorefrontDomainRepository domains) {
		this.directory = directory;
		this.domains = domains;
	}

	@PutMapping("/{domain}")
	@PreAuthorize("hasAuthority('SCOPE_platform:admin')")
	@ApiResponse(responseCode = "201")
	@ApiResponse(responseCode = "200")
	ResponseEntity<DomainView> map(@PathVariable UUID tenantId, @PathVariable String domain) {
		TenantId tenant = existing(tenantId);
		StorefrontDomain storefront = parse(domain);
		DomainView view = new DomainView(storefront.value(), tenantId);
		return domains.map(storefront, tenant)
				? ResponseEntity.created(URI.create("/api/v1/tenants/" + tenantId + "/domains/" + storefront.value()))
					.body(view)
				: ResponseEntity.ok(view);
	}

	@DeleteMapping("/{domain}")
	@PreAuthorize("hasAuthority('SCOPE_platform:admin')")
	@ApiResponse(responseCode = "204")
	ResponseEntity<Void> unmap(@PathVariable UUID tenantId, @PathVariable String domain) {
		TenantId tenant = existing(tenantId);
		StorefrontDomain storefront = parse(domain);
		if (!domains.unmap(storefront, tenant)) {
			throw new Problem(ProblemType.NOT_FOUND,
					"The domain '" + storefront.value() + "' is not mapped to tenant " + tenantId + ".");
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('SCOPE_tenant:read', 'SCOPE_platform:admin')")
	DomainList list(@PathVariable UUID tenantId) {
		TenantId tenant = existing(tenantId);
		return new DomainList(domains.of(tenant).stream().map(domain -> new DomainView(domain, tenantId)).toList());
	}

	/** Another tenant's id answers 404, as in the rest of the tenant API. */
	private TenantId existing(UUID id) {
		return directory.find(new TenantId(id)).orElseThrow(() -> Problem.notFound("tenant", id)).id();
	}

	private static StorefrontDomain parse(String domain) {
		return StorefrontDomain.parse(domain)
			.orElseThrow(() -> new Problem(ProblemType.INVALID_PARAMETER, "'" + domain
					+ "' is not a host name. Give a domain with at least two labels of letters, digits and inner hyphens, the last not a number, "
					+ "like 'tickets.example.com' or 'cinemex.localhost', without scheme, port or path."));
	}

	record DomainView(String domain, UUID tenantId) {
	}

	record DomainList(List<DomainView> items) {
	}
}
