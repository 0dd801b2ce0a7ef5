package dev.plaza.catalog.search;

import java.time.Instant;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/showtimes/search")
class ShowtimeSearchController {

	private final ShowtimeSearch search;

	private final SearchIndexRebuild rebuild;

	ShowtimeSearchController(ShowtimeSearch search, SearchIndexRebuild rebuild) {
		this.search = search;
		this.rebuild = rebuild;
	}

	/** Public: customers search the tenant's showtimes; 400 names the parameter to fix. */
	@GetMapping
	@PreAuthorize("permitAll()")
	SearchPage search(SearchParameters parameters) {
		return SearchPage.of(search.search(tenant(), parameters.toQuery(Instant.now())));
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
					"Showtimes are searched within one tenant; call with a token of the tenant whose showtimes you want."));
	}

	record Rebuilt(long indexed) {
	}
}
