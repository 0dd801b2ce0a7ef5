package dev.plaza.tenancy.web;

import java.time.Duration;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.PublicReads;
import dev.plaza.platform.TenantContext;
import dev.plaza.tenancy.Tenant;
import dev.plaza.tenancy.application.TenantDirectoryService;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whose storefront a host is, for a white-label front end that shows the right name and asks the
 * right tenant's search: public, the tenant comes from the host.
 */
@RestController
class StorefrontController {

	static final String PATH = "/api/v1/storefront";

	private final TenantDirectoryService directory;

	StorefrontController(TenantDirectoryService directory) {
		this.directory = directory;
	}

	@Bean
	static PublicReads storefrontIsPublic() {
		return PublicReads.of(PATH);
	}

	@GetMapping(PATH)
	@PreAuthorize("permitAll()")
	@ApiResponse(responseCode = "200")
	ResponseEntity<StorefrontView> get() {
		Tenant tenant = TenantContext.current()
			.flatMap(directory::find)
			.orElseThrow(() -> new Problem(ProblemType.NOT_FOUND, "This request belongs to no tenant's storefront."));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(new StorefrontView(tenant.organizationSlug(), tenant.organizationName(), tenant.environment().code()));
	}

	record StorefrontView(String organization, String name, String environment) {
	}
}
