package dev.plaza.search.jobs;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.search.ShowtimeSearch;
import dev.plaza.venues.CinemaChanged;
import dev.plaza.venues.MovieChanged;
import dev.plaza.venues.RoomChanged;
import dev.plaza.venues.ShowtimeCancelled;
import dev.plaza.venues.ShowtimeListing;
import dev.plaza.venues.Showtimes;
import dev.plaza.venues.ShowtimesScheduled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps the search index in step with the catalog: each change re-reads the listings it affects and
 * indexes them before the event is acknowledged. The listeners run without a transaction of their
 * own, because a transaction confines itself to the tenant bound when it begins, and the tenant is
 * only restored from the event inside the listener.
 */
@Component
class SearchIndexFollower {

	private final ShowtimeSearch search;

	private final Showtimes showtimes;

	/**
	 * One change at a time, each read and written under the lock: events arrive on several threads,
	 * and a listener that read the catalog before a later change committed must not write its stale
	 * listings after the later change's own (a renamed movie shown under its old title, a cancelled
	 * showtime put back).
	 */
	private final ReentrantLock oneChangeAtATime = new ReentrantLock();

	SearchIndexFollower(ShowtimeSearch search, Showtimes showtimes) {
		this.search = search;
		this.showtimes = showtimes;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ShowtimesScheduled event) {
		reindex(event.tenant(), () -> showtimes.listings(event.showtimes()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ShowtimeCancelled event) {
		inOrder(() -> search.remove(event.tenant(), List.of(event.showtime())));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(MovieChanged event) {
		reindex(event.tenant(), () -> showtimes.listingsOfMovie(event.movie()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CinemaChanged event) {
		reindex(event.tenant(), () -> showtimes.listingsOfCinema(event.cinema()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(RoomChanged event) {
		reindex(event.tenant(), () -> showtimes.listings(search.showtimesInRoom(event.tenant(), event.room())));
	}

	private void reindex(TenantId tenant, Supplier<List<ShowtimeListing>> listings) {
		inOrder(() -> search.index(tenant, TenantContext.callAs(tenant, listings)));
	}

	private void inOrder(Runnable change) {
		oneChangeAtATime.lock();
		try {
			change.run();
		}
		finally {
			oneChangeAtATime.unlock();
		}
	}
}
