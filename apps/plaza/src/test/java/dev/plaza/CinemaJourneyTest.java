package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.plaza.media.Pictures;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.venues.CatalogCalls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A cinema chain from its back office to its customers, over HTTP: the chain publishes its catalog
 * and a schedule; a visitor of its storefront domain finds a showtime despite a typo, reads its
 * page and seat map without a token; customers hold seats, collide, release, and a hold lapses on
 * time.
 */
@PlazaTest
class CinemaJourneyTest {

	@Autowired
	PlazaClient plaza;

	@Test
	void fromCatalogToSearchToSeatsHeldReleasedAndExpired() {
		CatalogCalls chain = CatalogCalls.newTenant(plaza, "catalog:write", "reservations:write");
		String domain = plaza.serveStorefrontAt(chain.tenant.value().toString(),
				"cines-" + UUID.randomUUID().toString().substring(0, 8) + ".localhost");

		// The back office: venues, a movie with its poster, and the week's schedule as one import.
		UUID city = chain.city("Ciudad de México", "MX", "America/Mexico_City");
		UUID cinema = chain.cinema(city, CatalogCalls.unique("MEX"), "Cinépolis Reforma");
		UUID room = chain.room(cinema, "Sala 1", "IMAX");
		String poster = Pictures.poster(chain);
		Response movie = chain.post("/movies", """
				{"title": "Interstellar", "originalTitle": "Interstellar", "synopsis": "Beyond the stars.",
				 "cast": ["Matthew McConaughey", "Anne Hathaway"], "genres": ["sci-fi"], "durationMinutes": 169,
				 "ageRating": "12", "releaseDate": "2014-11-07", "languages": ["en"], "posterUrl": "%s"}""".formatted(poster));
		UUID movieId = CatalogCalls.created(movie);
		Instant tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
		Response imported = chain.post("/schedules", "{\"showtimes\": [" + CatalogCalls.showtime(movieId, room, tomorrow)
				+ "," + CatalogCalls.showtime(movieId, room, tomorrow.plus(Duration.ofHours(4))) + "]}");
		assertThat(imported.status()).as(imported.text()).isEqualTo(201);
		UUID showtime = UUID.fromString(imported.json().get("ids").get(0).asString());

		// A visitor, no token, on the chain's domain: search forgives the typo and counts facets.
		JsonNode found = await().atMost(Duration.ofSeconds(5)).until(
				() -> plaza.getAt(domain, "/api/v1/showtimes/search?q=Interstelar&roomType=IMAX", null).json(),
				result -> result.get("total").asLong() == 2);
		assertThat(found.get("items").get(0).get("showtimeId").asString()).isEqualTo(showtime.toString());
		assertThat(found.get("facets").get("city").get(0).get("label").asString()).isEqualTo("Ciudad de México");
		String citySlug = found.get("items").get(0).get("city").get("slug").asString();
		Response cityPage = plaza.getAt(domain, "/" + citySlug, null);
		assertThat(cityPage.status()).isEqualTo(200);
		assertThat(cityPage.text()).contains("Interstellar", "Cinépolis Reforma");
		assertThat(statuses(domain, showtime)).containsEntry("A1", "free").containsEntry("A4", "blocked");

		// Customers hold seats; the second one meets the first; a release frees the seat at once.
		Response first = hold(chain, showtime, "customer-1", "A1", "A2");
		Response clash = hold(chain, showtime, "customer-2", "A2", "A3");
		assertThat(first.status()).as(first.text()).isEqualTo(201);
		assertThat(clash.status()).isEqualTo(409);
		assertThat(clash.json().get("seats").valueStream().map(JsonNode::asString).toList()).containsExactly("A2");
		assertThat(statuses(domain, showtime)).containsEntry("A1", "held").containsEntry("A3", "free");
		assertThat(plaza.send(HttpRequest.newBuilder(plaza.uri(first.header("Location")))
			.header("Authorization", "Bearer " + chain.token)
			.DELETE()).status()).isEqualTo(204);
		assertThat(hold(chain, showtime, "customer-2", "A2", "A3").status()).isEqualTo(201);

		// With a two-second hold time, a hold lapses by itself: its seat is anyone's right after.
		assertThat(plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/reservations/settings"))
			.header("Authorization", "Bearer " + chain.token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"holdTtlSeconds\": 2}"))).status()).isEqualTo(200);
		Response lapsing = hold(chain, showtime, "customer-3", "B1");
		Instant expiresAt = Instant.parse(lapsing.json().get("expiresAt").asString());
		await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
			.until(() -> hold(chain, showtime, "customer-4", "B1").status() == 201);
		assertThat(Duration.between(expiresAt, Instant.now())).as("free at most a second after expiresAt")
			.isLessThan(Duration.ofMillis(1_100));
	}

	private Response hold(CatalogCalls chain, UUID showtime, String customer, String... seats) {
		String list = String.join("\", \"", seats);
		return plaza.postJson("/api/v1/showtimes/" + showtime + "/holds", chain.token,
				"{\"seats\": [\"" + list + "\"], \"customer\": \"" + customer + "\"}");
	}

	private Map<String, String> statuses(String domain, UUID showtime) {
		Response map = plaza.getAt(domain, "/api/v1/showtimes/" + showtime + "/seats", null);
		assertThat(map.status()).as(map.text()).isEqualTo(200);
		Map<String, String> statuses = new LinkedHashMap<>();
		map.json().get("seats").forEach(seat -> statuses.put(seat.get("label").asString(), seat.get("status").asString()));
		return statuses;
	}
}
