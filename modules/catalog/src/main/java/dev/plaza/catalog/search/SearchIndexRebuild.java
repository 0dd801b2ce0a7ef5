package dev.plaza.catalog.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.plaza.catalog.ShowtimeId;
import dev.plaza.catalog.ShowtimeListing;
import dev.plaza.catalog.Showtimes;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Fills the search index from the catalog: every tenant when the index is new or outdated, or one tenant on request. */
@Component
class SearchIndexRebuild {

	static final int PAGE_SIZE = 1000;

	private static final Logger log = LoggerFactory.getLogger(SearchIndexRebuild.class);

	private final ShowtimeSearch search;

	private final Showtimes showtimes;

	private final TenantDirectory tenants;

	SearchIndexRebuild(ShowtimeSearch search, Showtimes showtimes, TenantDirectory tenants) {
		this.search = search;
		this.showtimes = showtimes;
		this.tenants = tenants;
	}

	/**
	 * Rebuilds in the background so that Plaza starts serving at once; searches meanwhile find what
	 * is indexed so far. An interrupted rebuild starts over at the next start.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void rebuildIfNeeded() {
		if (search.needsRebuild()) {
			Thread.ofVirtual().name("search-rebuild").start(this::rebuildAll);
		}
	}

	void rebuildAll() {
		try {
			List<TenantId> all = TenantContext.callAs(TenantId.PLATFORM, tenants::all);
			long indexed = all.stream().mapToLong(this::rebuild).sum();
			search.rebuilt();
			log.info("Search index rebuilt: {} showtimes of {} tenants", indexed, all.size());
		}
		catch (RuntimeException ex) {
			log.error("Search index rebuild failed; it starts over at the next start", ex);
		}
	}

	/**
	 * Indexes every listing of the tenant again and drops documents of showtimes the catalog no
	 * longer lists; answers how many were indexed.
	 */
	long rebuild(TenantId tenant) {
		Instant started = Instant.now();
		long indexed = 0;
		Optional<ShowtimeId> after = Optional.empty();
		List<ShowtimeListing> page;
		do {
			Optional<ShowtimeId> from = after;
			page = TenantContext.callAs(tenant, () -> showtimes.listingsAfter(from, PAGE_SIZE));
			search.index(tenant, page);
			indexed += page.size();
			after = page.isEmpty() ? after : Optional.of(page.getLast().id());
		}
		while (page.size() == PAGE_SIZE);
		search.removeIndexedBefore(tenant, started);
		return indexed;
	}
}
