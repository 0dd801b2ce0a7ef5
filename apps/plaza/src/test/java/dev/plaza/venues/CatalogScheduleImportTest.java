package dev.plaza.venues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A week's schedule imported in one document, rooms named by cinema code and room name and movies
 * by slug: all of it is scheduled, or — if any item is bad — none of it, with every bad item listed.
 */
@PlazaTest
class CatalogScheduleImportTest {

	@Autowired
	PlazaClient plaza;

	CatalogCalls catalog;

	String cinemaCode;

	UUID cinema;

	UUID room;

	UUID movie;

	String movieSlug;

	Instant monday = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3)).plus(Duration.ofHours(16));

	@BeforeEach
	void aCinemaWithTwoRoomsAndAMovie() {
		catalog = CatalogCalls.newTenant(plaza, "catalog:write");
		cinemaCode = CatalogCalls.unique("MAD");
		cinema = catalog.cinema(catalog.city(), cinemaCode);
		room = catalog.room(cinema, "Sala 1");
		catalog.room(cinema, "Sala 2");
		movieSlug = CatalogCalls.unique("dune");
		movie = catalog.movie(movieSlug);
	}

	@Test
	void aWholeWeekIsScheduledAtOnce() {
		List<String> items = new ArrayList<>();
		for (int day = 0; day < 7; day++) {
			for (int show = 0; show < 3; show++) {
				Instant start = monday.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(150L * show));
				items.add(byNames("Sala " + (1 + show % 2), start));
			}
		}

		Response imported = importSchedule(items);

		assertThat(imported.status()).as(imported.text()).isEqualTo(201);
		assertThat(imported.json().get("count").asInt()).isEqualTo(21);
		String first = imported.json().get("ids").get(0).asString();
		assertThat(catalog.get("/showtimes/" + first).json().get("startsAt").asString()).isEqualTo(monday.toString());
		assertThat(catalog.get("/showtimes?cinemaId=" + cinema).json().size()).isEqualTo(21);
	}

	@Test
	void aScheduleWithBadItemsListsEachAndWritesNothing() {
		UUID booked = CatalogCalls.created(catalog.schedule(movie, room, monday.plus(Duration.ofDays(2))));
		List<String> items = List.of(
				byNames("Sala 1", monday),
				byNames("Sala 9", monday),
				CatalogCalls.showtime(UUID.randomUUID(), room, monday.plus(Duration.ofDays(1))),
				byNames("Sala 2", Instant.now().minus(Duration.ofDays(1))),
				byNames("Sala 1", monday.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(30))),
				byNames("Sala 2", monday.plus(Duration.ofDays(4))),
				byNames("Sala 2", monday.plus(Duration.ofDays(4)).plus(Duration.ofMinutes(10))),
				byNames("Sala 2", monday.plus(Duration.ofDays(5))));

		Response refused = importSchedule(items);

		assertThat(refused.status()).as(refused.text()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("invalid-schedule");
		assertThat(refused.json().get("errors").valueStream().map(e -> e.get("index").asInt() + " " + e.get("field").asString()))
			.containsExactly("1 roomName", "2 movieId", "3 startsAt", "4 startsAt", "5 startsAt", "6 startsAt");
		JsonNode overlapWithBooked = refused.json().get("errors").get(3);
		assertThat(overlapWithBooked.get("message").asString()).contains(booked.toString());
		assertThat(refused.json().get("errors").get(4).get("message").asString()).contains("item 6");
		assertThat(catalog.get("/showtimes?cinemaId=" + cinema).json().valueStream().map(s -> s.get("id").asString()))
			.as("nothing of the schedule was written")
			.containsExactly(booked.toString());
	}

	@Test
	void anEmptyScheduleIsRefused() {
		Response refused = catalog.post("/schedules", "{\"showtimes\": []}");

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("validation");
	}

	@Test
	void aRetriedImportWithTheSameIdempotencyKeyIsScheduledOnce() {
		String body = "{\"showtimes\": [" + byNames("Sala 1", monday) + "]}";

		Response first = catalog.post("/schedules", body, "Idempotency-Key", "week-23");
		Response retry = catalog.post("/schedules", body, "Idempotency-Key", "week-23");

		assertThat(first.status()).as(first.text()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(catalog.get("/showtimes?cinemaId=" + cinema).json().size()).isEqualTo(1);
	}

	private Response importSchedule(List<String> items) {
		return catalog.post("/schedules", "{\"showtimes\": [" + String.join(",", items) + "]}");
	}

	private String byNames(String roomName, Instant startsAt) {
		return """
				{"movieSlug": "%s", "cinemaCode": "%s", "roomName": "%s", "startsAt": "%s", "language": "en",
				 "format": "2D", "prices": %s}""".formatted(movieSlug, cinemaCode, roomName, startsAt, CatalogCalls.ALL_PRICES);
	}
}
