package dev.plaza.venues.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.application.CatalogProblems;
import dev.plaza.venues.application.Scheduling;
import dev.plaza.venues.application.ShowtimeAdmin;
import dev.plaza.venues.persistence.Prices;
import dev.plaza.venues.persistence.Showtime;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/catalog/showtimes")
@PreAuthorize("hasAuthority('SCOPE_catalog:write')")
class ShowtimeController {

	static final int MAX_LISTED = 1000;

	private final Scheduling scheduling;

	private final ShowtimeAdmin showtimes;

	ShowtimeController(Scheduling scheduling, ShowtimeAdmin showtimes) {
		this.scheduling = scheduling;
		this.showtimes = showtimes;
	}

	/** Schedules one showtime: 422 for a bad or unknown field, 409 naming the showtime already in the room then. */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201")
	ResponseEntity<ShowtimeView> create(@RequestBody ShowtimeRequest request) {
		Scheduling.Outcome outcome = scheduling.schedule(List.of(request.draft()));
		outcome.refused().values().forEach(CatalogProblems::refuseIfAny);
		ShowtimeView showtime = ShowtimeView.of(showtimes.get(outcome.scheduled().getFirst()));
		return ResponseEntity.created(URI.create("/api/v1/catalog/showtimes/" + showtime.id())).body(showtime);
	}

	@GetMapping("/{id}")
	ShowtimeView get(@PathVariable UUID id) {
		return ShowtimeView.of(showtimes.get(new ShowtimeId(id)));
	}

	/** Scheduled showtimes in start order, by cinema, movie and day (in the cinema's city), up to {@value #MAX_LISTED}. */
	@GetMapping
	List<ShowtimeView> list(@RequestParam(required = false) UUID cinemaId, @RequestParam(required = false) UUID movieId,
			@RequestParam(required = false) LocalDate date, @RequestParam(required = false) Integer limit) {
		int size = limit == null ? 100 : limit;
		if (size < 1 || size > MAX_LISTED) {
			throw new Problem(ProblemType.INVALID_PARAMETER, "Parameter 'limit' must be between 1 and " + MAX_LISTED + ".",
					Map.of("parameter", "limit"));
		}
		return showtimes.scheduled(cinemaId, movieId, date, size).stream().map(ShowtimeView::of).toList();
	}

	/** Cancels the showtime, freeing its room; cancelling it again changes nothing. */
	@DeleteMapping("/{id}")
	@ApiResponse(responseCode = "204")
	ResponseEntity<Void> cancel(@PathVariable UUID id) {
		showtimes.cancel(new ShowtimeId(id));
		return ResponseEntity.noContent().build();
	}

	record ShowtimeView(UUID id, UUID movieId, UUID roomId, Instant startsAt, Instant endsAt, String language, String format,
			Map<String, Map<String, Object>> prices, String status) {

		static ShowtimeView of(Showtime showtime) {
			return new ShowtimeView(showtime.id(), showtime.movieId(), showtime.roomId(), showtime.startsAt(),
					showtime.endsAt(), showtime.language(), showtime.format(), Prices.view(showtime.prices()),
					showtime.cancelled() ? "cancelled" : "scheduled");
		}
	}
}
