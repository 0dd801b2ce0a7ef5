package dev.plaza.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.venues.CatalogCalls;
import tools.jackson.databind.JsonNode;

/**
 * A cinema chain with two cities (one written with an accent), two cinemas, rooms of two types and
 * two movies, showing five showtimes over two days, and the search calls its customers make.
 */
final class ShowtimeSearchCalls {

	static final String SEARCH = "/api/v1/showtimes/search";

	/** Tomorrow and the day after, UTC; 15:00 and 18:00 UTC fall on the same day in Mexico City and Madrid. */
	final LocalDate day1 = LocalDate.now(ZoneOffset.UTC).plusDays(1);

	final LocalDate day2 = day1.plusDays(1);

	final PlazaClient plaza;

	final CatalogCalls catalog;

	final UUID interstellarImaxMexicoDay1;

	final UUID interstellar2dMexicoDay1;

	final UUID amelieImaxMexicoDay2;

	final UUID amelie2dMadridDay1;

	final UUID interstellar2dMadridDay2;

	final UUID mexicoImax;

	final UUID interstellar;

	ShowtimeSearchCalls(PlazaClient plaza) {
		this.plaza = plaza;
		catalog = CatalogCalls.newTenant(plaza, "catalog:write");
		UUID mexico = catalog.city("Ciudad de México", "MX", "America/Mexico_City");
		UUID madrid = catalog.city("Madrid", "ES", "Europe/Madrid");
		UUID reforma = catalog.cinema(mexico, "MEX-01", "Cinépolis Reforma");
		UUID callao = catalog.cinema(madrid, "MAD-01", "Cine Callao");
		mexicoImax = catalog.room(reforma, "Sala 1", "IMAX");
		UUID mexico2d = catalog.room(reforma, "Sala 2", "2D");
		UUID madrid2d = catalog.room(callao, "Sala 1", "2D");
		interstellar = catalog.movie("Interstellar", "Interstellar", "Anne Hathaway");
		UUID amelie = catalog.movie("Amélie", "Le Fabuleux Destin d'Amélie Poulain", "Audrey Tautou");
		interstellarImaxMexicoDay1 = schedule(interstellar, mexicoImax, at(day1, 15), "en");
		interstellar2dMexicoDay1 = schedule(interstellar, mexico2d, at(day1, 18), "es");
		amelieImaxMexicoDay2 = schedule(amelie, mexicoImax, at(day2, 15), "fr");
		amelie2dMadridDay1 = schedule(amelie, madrid2d, at(day1, 18), "fr");
		interstellar2dMadridDay2 = schedule(interstellar, madrid2d, at(day2, 18), "en");
		awaitTotal("", 5);
	}

	static Instant at(LocalDate day, int hourUtc) {
		return day.atStartOfDay().toInstant(ZoneOffset.UTC).plus(hourUtc, ChronoUnit.HOURS);
	}

	UUID schedule(UUID movie, UUID room, Instant startsAt, String language) {
		return CatalogCalls.created(catalog.schedule(movie, room, startsAt, language));
	}

	Response search(String query) {
		return plaza.get(SEARCH + "?" + query, catalog.token);
	}

	/** The answer of a search that must succeed. */
	JsonNode found(String query) {
		Response response = search(query);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json();
	}

	/**
	 * Waits until the search finds as many showtimes: within seconds, as a user would, with room for a
	 * busy 2-core CI machine (the index follows in milliseconds on an idle one).
	 */
	JsonNode awaitTotal(String query, long total) {
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(found(query).get("total").asLong()).isEqualTo(total));
		return found(query);
	}

	static List<UUID> ids(JsonNode page) {
		List<UUID> ids = new ArrayList<>();
		page.get("items").forEach(item -> ids.add(UUID.fromString(item.get("showtimeId").asString())));
		return ids;
	}

	/** One facet's counts by value, in the order answered. */
	static Map<String, Long> counts(JsonNode page, String facet) {
		Map<String, Long> counts = new LinkedHashMap<>();
		page.get("facets").get(facet).forEach(value -> counts.put(value.get("value").asString(), value.get("count").asLong()));
		return counts;
	}

	/** One facet's labels by value. */
	static Map<String, String> labels(JsonNode page, String facet) {
		Map<String, String> labels = new LinkedHashMap<>();
		page.get("facets").get(facet).forEach(value -> labels.put(value.get("value").asString(), value.get("label").asString()));
		return labels;
	}
}
