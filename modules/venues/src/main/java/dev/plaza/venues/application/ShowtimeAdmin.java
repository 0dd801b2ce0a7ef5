package dev.plaza.venues.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.venues.ShowtimeCancelled;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.persistence.Showtime;
import dev.plaza.venues.persistence.ShowtimeRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and cancels showtimes for the tenant's staff. */
@Service
public class ShowtimeAdmin {

	private final ShowtimeRepository store;

	private final ApplicationEventPublisher events;

	ShowtimeAdmin(ShowtimeRepository store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Showtime get(ShowtimeId id) {
		return store.find(id).orElseThrow(() -> Problem.notFound("showtime", id));
	}

	@Transactional(readOnly = true)
	public List<Showtime> scheduled(UUID cinema, UUID movie, LocalDate day, int limit) {
		return store.scheduled(cinema, movie, day, limit);
	}

	@Transactional
	public void cancel(ShowtimeId id) {
		get(id);
		if (store.cancel(id)) {
			events.publishEvent(new ShowtimeCancelled(TenantContext.current().orElseThrow(), id));
		}
	}
}
