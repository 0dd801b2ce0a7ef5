package dev.plaza.search.jobs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.search.ShowtimeSearch;
import dev.plaza.tenancy.TenantDirectory;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimeListing;
import dev.plaza.venues.Showtimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills the search index from the catalog: every tenant when the index is new or outdated or when the
 * operator asks, or one tenant on request. One whole rebuild at a time; the last few are remembered
 * (in this process) so that the operator can see how one ended.
 */
@Component
public class SearchIndexRebuild {

	static final int PAGE_SIZE = 1000;

	static final ProblemType REBUILD_RUNNING = new ProblemType("search-rebuild-running", "Rebuild already running", 409);

	private static final int REMEMBERED = 20;

	private static final Logger log = LoggerFactory.getLogger(SearchIndexRebuild.class);

	private final ShowtimeSearch search;

	private final Showtimes showtimes;

	private final TenantDirectory tenants;

	/** The rebuilds started in this process, oldest first, at most {@link #REMEMBERED}. */
	private final Map<UUID, IndexRebuild> rebuilds = new LinkedHashMap<>();

	private UUID running;

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
			start();
		}
	}

	/** Starts rebuilding every tenant in the background; refused while a rebuild runs. */
	public synchronized IndexRebuild start() {
		if (running != null) {
			throw new Problem(REBUILD_RUNNING, "The search index is being rebuilt already; follow that rebuild at "
					+ IndexRebuild.path(running) + " and ask again once it finished.",
					Map.of("rebuild", running));
		}
		IndexRebuild rebuild = IndexRebuild.started();
		running = rebuild.id();
		record(rebuild);
		Thread.ofVirtual().name("search-rebuild").start(() -> rebuildAll(rebuild));
		return rebuild;
	}

	public synchronized Optional<IndexRebuild> rebuild(UUID id) {
		return Optional.ofNullable(rebuilds.get(id));
	}

	private void rebuildAll(IndexRebuild started) {
		IndexRebuild rebuild = started;
		try {
			List<TenantId> all = TenantContext.callAs(TenantId.PLATFORM, tenants::all);
			for (TenantId tenant : all) {
				rebuild = rebuild.progressed(rebuild(tenant));
				record(rebuild);
			}
			search.rebuilt();
			finish(rebuild.completed());
			log.info("Search index rebuilt: {} showtimes of {} tenants", rebuild.indexed(), all.size());
		}
		catch (RuntimeException ex) {
			finish(rebuild.failed(String.valueOf(ex.getMessage())));
			log.error("Search index rebuild failed after {} tenants; an index left incomplete is rebuilt at the next start", rebuild.tenants(), ex);
		}
	}

	private synchronized void record(IndexRebuild rebuild) {
		rebuilds.put(rebuild.id(), rebuild);
		if (rebuilds.size() > REMEMBERED) {
			rebuilds.remove(rebuilds.keySet().iterator().next());
		}
	}

	private synchronized void finish(IndexRebuild rebuild) {
		record(rebuild);
		running = null;
	}

	/**
	 * Indexes every listing of the tenant again and drops documents of showtimes the catalog no
	 * longer lists; answers how many were indexed.
	 */
	public long rebuild(TenantId tenant) {
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
