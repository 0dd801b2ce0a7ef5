package dev.plaza.venues.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.venues.ShowtimeCancelled;
import dev.plaza.venues.ShowtimeId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and cancels showtimes for the tenant's staff. */
@Service
class ShowtimeAdmin {

	private final ShowtimeStore store;

	private final ApplicationEventPublisher events;

	ShowtimeAdmin(ShowtimeStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Transactional(readOnly = true)
	Showtime get(ShowtimeId id) {
		return store.find(id).orElseThrow(() -> Problem.notFound("showtime", id));
	}

	@Transactional(readOnly = true)
	List<Showtime> scheduled(UUID cinema, UUID movie, LocalDate day, int limit) {
		return store.scheduled(cinema, movie, day, limit);
	}

	@Transactional
	void cancel(ShowtimeId id) {
		get(id);
		if (store.cancel(id)) {
			events.publishEvent(new ShowtimeCancelled(TenantContext.current().orElseThrow(), id));
		}
	}
}
