package dev.plaza.search.web;

import java.time.Duration;
import java.time.Instant;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.PublicReads;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.search.SearchParameters;
import dev.plaza.search.ShowtimeSearch;
import dev.plaza.search.jobs.SearchIndexRebuild;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

@RestController
@RequestMapping(ShowtimeSearchController.PATH)
class ShowtimeSearchController {

	static final String PATH = "/api/v1/showtimes/search";

	/** Results may be a few seconds old: a shared cache in front absorbs a crowd's identical searches. */
	private static final CacheControl BRIEFLY = CacheControl.maxAge(Duration.ofSeconds(5)).cachePublic();

	private final ShowtimeSearch search;

	private final SearchIndexRebuild rebuild;

	ShowtimeSearchController(ShowtimeSearch search, SearchIndexRebuild rebuild) {
		this.search = search;
		this.rebuild = rebuild;
	}

	/** Customers search on the storefront's domain, without a token. */
	@Bean
	static PublicReads searchIsPublic() {
		return PublicReads.of(PATH);
	}

	/** An ETag from the answer's bytes: a repeated search revalidates with 304 and no body. */
	@Bean
	static FilterRegistrationBean<ShallowEtagHeaderFilter> searchEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns(PATH);
		return registration;
	}

	/** Public: customers search the tenant's showtimes; 400 names the parameter to fix. */
	@GetMapping
	@PreAuthorize("permitAll()")
	@ApiResponse(responseCode = "200")
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag still matches")
	ResponseEntity<SearchPage> search(@ParameterObject SearchParameters parameters) {
		return ResponseEntity.ok()
			.cacheControl(BRIEFLY)
			.body(SearchPage.of(search.search(tenant(), parameters.toQuery(Instant.now()))));
	}

	/** Re-indexes the tenant's showtimes from the catalog, should its search ever disagree with it. */
	@PostMapping("/rebuild")
	@PreAuthorize("hasAuthority('SCOPE_catalog:write')")
	Rebuilt rebuild() {
		return new Rebuilt(rebuild.rebuild(tenant()));
	}

	private static TenantId tenant() {
		return TenantContext.current().filter(tenant -> !tenant.isPlatform())
			.orElseThrow(() -> new Problem(ProblemType.FORBIDDEN,
					"Showtimes are searched within one tenant: call through its storefront domain, or with a token of the tenant."));
	}

	record Rebuilt(long indexed) {
	}
}
