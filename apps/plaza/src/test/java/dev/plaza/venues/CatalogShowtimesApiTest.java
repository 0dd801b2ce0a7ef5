package dev.plaza.venues;

import static dev.plaza.venues.CatalogCalls.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Scheduling one showtime at a time: the room is taken for the movie plus cleaning, one room never
 * shows two things at once (not even when two requests race), and what a showtime is refused for.
 */
@PlazaTest
class CatalogShowtimesApiTest {

	@Autowired
	PlazaClient plaza;

	CatalogCalls catalog;

	UUID movie;

	UUID room;

	/** Tomorrow, 18:00 UTC: a time in the future, whole minutes. */
	Instant evening = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(42));

	@BeforeEach
	void aCinemaWithARoomAndAMovie() {
		catalog = CatalogCalls.newTenant(plaza, "catalog:write");
		movie = catalog.movie();
		room = catalog.room();
	}

	@Test
	void aShowtimeTakesTheRoomForTheMoviePlusCleaning() {
		Response created = catalog.schedule(movie, room, evening);

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode showtime = created.json();
		assertThat(created.header("Location")).isEqualTo("/api/v1/catalog/showtimes/" + showtime.get("id").asString());
		assertThat(UUID.fromString(showtime.get("id").asString()).version()).isEqualTo(7);
		assertThat(Instant.parse(showtime.get("startsAt").asString())).isEqualTo(evening);
		assertThat(Instant.parse(showtime.get("endsAt").asString())).as("120 minutes and 15 of cleaning")
			.isEqualTo(evening.plus(Duration.ofMinutes(135)));
		assertThat(showtime.get("format").asString()).as("the room's type by default").isEqualTo("IMAX");
		assertThat(showtime.get("status").asString()).isEqualTo("scheduled");
		assertThat(showtime.get("prices").get("wheelchair").get("amount").asLong()).isEqualTo(700);
		assertThat(showtime.get("prices").get("standard").get("currency").asString()).isEqualTo("EUR");
		assertThat(catalog.get(created.header("Location")).json()).isEqualTo(showtime);
	}

	@Test
	void showtimesAreListedByCinemaAndLocalDay() {
		JsonNode roomJson = catalog.get("/rooms/" + room).json();
		String cinema = roomJson.get("cinemaId").asString();
		UUID first = CatalogCalls.created(catalog.schedule(movie, room, evening));
		UUID second = CatalogCalls.created(catalog.schedule(movie, room, evening.plus(Duration.ofHours(3))));
		UUID nextDay = CatalogCalls.created(catalog.schedule(movie, room, evening.plus(Duration.ofDays(1))));
		String day = evening.atZone(ZoneId.of("Europe/Madrid")).toLocalDate().toString();

		List<String> thatDay = ids(catalog.get("/showtimes?cinemaId=" + cinema + "&date=" + day));
		List<String> all = ids(catalog.get("/showtimes?cinemaId=" + cinema));
		List<String> otherCinema = ids(catalog.get("/showtimes?cinemaId=" + catalog.cinema()));

		assertThat(thatDay).containsExactly(first.toString(), second.toString());
		assertThat(all).containsExactly(first.toString(), second.toString(), nextDay.toString());
		assertThat(otherCinema).isEmpty();
	}

	@Test
	void anOverlappingShowtimeInTheSameRoomIsRefusedNamingTheOne() {
		UUID first = CatalogCalls.created(catalog.schedule(movie, room, evening));

		Response overlapping = catalog.schedule(movie, room, evening.plus(Duration.ofMinutes(60)));
		Response otherRoom = catalog.schedule(movie, catalog.room(), evening.plus(Duration.ofMinutes(60)));
		Response afterCleaning = catalog.schedule(movie, room, evening.plus(Duration.ofMinutes(135)));

		assertThat(overlapping.status()).as(overlapping.text()).isEqualTo(409);
		assertThat(overlapping.problemType()).isEqualTo("showtime-overlap");
		assertThat(overlapping.json().get("detail").asString()).contains(first.toString());
		assertThat(otherRoom.status()).isEqualTo(201);
		assertThat(afterCleaning.status()).as(afterCleaning.text()).isEqualTo(201);
	}

	@Test
	void ofTwoConcurrentOverlappingShowtimesExactlyOneIsScheduled() throws Exception {
		try (ExecutorService racers = Executors.newFixedThreadPool(2)) {
			for (int round = 0; round < 5; round++) {
				Instant start = evening.plus(Duration.ofDays(round));
				Callable<Response> early = () -> catalog.schedule(movie, room, start);
				Callable<Response> late = () -> catalog.schedule(movie, room, start.plus(Duration.ofMinutes(30)));
				List<Future<Response>> answers = racers.invokeAll(List.of(early, late));

				List<Integer> statuses = List.of(answers.get(0).get().status(), answers.get(1).get().status());
				assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(201, 409);
			}
		}
		assertThat(catalog.get("/showtimes?movieId=" + movie).json().size()).isEqualTo(5);
	}

	@Test
	void aShowtimeInThePastIsRefused() {
		Response refused = catalog.schedule(movie, room, Instant.now().minus(Duration.ofHours(1)));

		assertThat(refused.status()).as(refused.text()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("showtime-in-the-past");
		assertThat(errorFields(refused)).isEqualTo("startsAt");
		assertThat(catalog.get("/showtimes?movieId=" + movie).json().size()).isZero();
	}

	@Test
	void everyKindOfSeatTheRoomSellsNeedsAPrice() {
		Response refused = catalog.post("/showtimes", """
				{"movieId": "%s", "roomId": "%s", "startsAt": "%s", "language": "es",
				 "prices": {"standard": {"amount": 950, "currency": "EUR"}}}""".formatted(movie, room, evening));

		assertThat(refused.status()).as(refused.text()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("missing-price");
		assertThat(refused.json().get("detail").asString()).contains("wheelchair", "couple");
	}

	@Test
	void anUnknownMovieOrRoomIsRefusedNamingBoth() {
		Response refused = catalog.schedule(UUID.randomUUID(), UUID.randomUUID(), evening);
		Response anotherTenantsRoom = catalog.schedule(movie, CatalogCalls.newTenant(plaza, "catalog:write").room(), evening);

		assertThat(refused.status()).as(refused.text()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("unknown-reference");
		assertThat(errorFields(refused)).isEqualTo("movieId,roomId");
		assertThat(anotherTenantsRoom.status()).isEqualTo(422);
		assertThat(errorFields(anotherTenantsRoom)).isEqualTo("roomId");
	}

	@Test
	void aMalformedShowtimeIsRefusedListingEachField() {
		Response refused = catalog.post("/showtimes", """
				{"movieId": "%s", "movieSlug": "both", "cinemaCode": "MAD", "language": "Spanish",
				 "prices": {"sofa": {"amount": -1, "currency": "XXXX"}}}""".formatted(movie));

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("validation");
		assertThat(errorFields(refused)).isEqualTo("movieId,roomId,startsAt,language,prices.sofa,prices.sofa.amount,prices.sofa.currency");
	}

	@Test
	void aPriceWithoutAmountOrCurrencyIsRefusedNamingBoth() {
		Response refused = catalog.post("/showtimes", """
				{"movieId": "%s", "roomId": "%s", "startsAt": "%s", "language": "es", "prices": {"standard": {}}}"""
			.formatted(movie, room, evening));

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("validation");
		assertThat(errorFields(refused)).isEqualTo("prices.standard.amount,prices.standard.currency");
	}

	@Test
	void aCancelledShowtimeFreesItsRoom() {
		UUID first = CatalogCalls.created(catalog.schedule(movie, room, evening));

		Response cancelled = plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/catalog/showtimes/" + first))
			.header("Authorization", "Bearer " + catalog.token).DELETE());
		Response replacement = catalog.schedule(movie, room, evening.plus(Duration.ofMinutes(30)));

		assertThat(cancelled.status()).isEqualTo(204);
		assertThat(catalog.get("/showtimes/" + first).json().get("status").asString()).isEqualTo("cancelled");
		assertThat(replacement.status()).as(replacement.text()).isEqualTo(201);
	}

	@Test
	void anotherTenantCannotSeeTheShowtime() {
		UUID showtime = CatalogCalls.created(catalog.schedule(movie, room, evening));

		Response theirs = CatalogCalls.newTenant(plaza, "catalog:write").get("/showtimes/" + showtime);

		assertThat(theirs.status()).isEqualTo(404);
	}

	private static List<String> ids(Response listing) {
		assertThat(listing.status()).as(listing.text()).isEqualTo(200);
		return listing.json().valueStream().map(s -> s.get("id").asString()).toList();
	}
}
