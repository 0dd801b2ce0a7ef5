package dev.plaza.venues.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.application.CatalogProblems;
import dev.plaza.venues.application.Scheduling;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Imports a whole schedule at once, all or nothing, as cinema chains plan a week. */
@RestController
@RequestMapping("/api/v1/catalog/schedules")
@PreAuthorize("hasAuthority('SCOPE_catalog:write')")
class ScheduleController {

	static final int MAX_SHOWTIMES = 5000;

	private final Scheduling scheduling;

	ScheduleController(Scheduling scheduling) {
		this.scheduling = scheduling;
	}

	/** 201 with the new ids in item order, or 422 listing every bad item (by index) and nothing written. */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201")
	ResponseEntity<Imported> importSchedule(@RequestBody Schedule schedule) {
		List<ShowtimeRequest> items = schedule.showtimes() == null ? List.of() : schedule.showtimes();
		if (items.isEmpty() || items.contains(null)) {
			throw Problem.invalidFields(ProblemType.VALIDATION, "Send a schedule with at least one showtime object in 'showtimes'.",
					List.of(new FieldError("showtimes", "must hold showtime objects")));
		}
		if (items.size() > MAX_SHOWTIMES) {
			throw new Problem(CatalogProblems.SCHEDULE_TOO_LARGE, "A schedule holds at most " + MAX_SHOWTIMES
					+ " showtimes; this one has " + items.size() + ". Split it into several imports.");
		}
		Scheduling.Outcome outcome = scheduling.schedule(items.stream().map(ShowtimeRequest::draft).toList());
		if (!outcome.refused().isEmpty()) {
			throw refusal(outcome);
		}
		List<ShowtimeId> ids = outcome.scheduled();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Imported(ids.size(), ids.stream().map(ShowtimeId::toString).toList()));
	}

	private static Problem refusal(Scheduling.Outcome outcome) {
		List<Map<String, Object>> errors = new ArrayList<>();
		outcome.refused().forEach((index, violations) -> violations.forEach(violation -> errors.add(
				Map.of("index", index, "field", violation.field(), "message", violation.reason()))));
		return new Problem(CatalogProblems.INVALID_SCHEDULE, outcome.refused().size() + " of the showtimes cannot be "
				+ "scheduled, so none was. Fix each item listed in 'errors' (by its index in 'showtimes') and send the "
				+ "schedule again.", Map.of("errors", errors));
	}

	record Schedule(List<ShowtimeRequest> showtimes) {
	}

	record Imported(int count, List<String> ids) {
	}
}
