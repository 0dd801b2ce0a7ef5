package dev.plaza.reservations;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.venues.CatalogCalls;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seat holds as a storefront calls them, for one new tenant whose client may both set up the
 * catalog and hold seats. Showtimes use {@link CatalogCalls#SEAT_MAP}: A1–A4 (A4 blocked), B1–B2.
 */
final class HoldCalls {

	static final JsonMapper JSON = JsonMapper.builder().build();

	final PlazaClient plaza;

	final CatalogCalls catalog;

	final String token;

	HoldCalls(PlazaClient plaza, CatalogCalls catalog) {
		this.plaza = plaza;
		this.catalog = catalog;
		this.token = catalog.token;
	}

	static HoldCalls newTenant(PlazaClient plaza) {
		return new HoldCalls(plaza, CatalogCalls.newTenant(plaza, "catalog:write", "reservations:write"));
	}

	/** The same tenant's calls, sent to another instance of Plaza; the catalog is still set up through this one. */
	HoldCalls at(PlazaClient instance) {
		return new HoldCalls(instance, catalog);
	}

	/** A showtime tomorrow in a new room of a new cinema. */
	UUID showtime() {
		return showtimeAt(Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS));
	}

	UUID showtimeAt(Instant startsAt) {
		return CatalogCalls.created(catalog.schedule(catalog.movie(), catalog.room(), startsAt));
	}

	Response seatMap(UUID showtime, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(plaza.uri("/api/v1/showtimes/" + showtime + "/seats"))
			.header("Authorization", "Bearer " + token).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return plaza.send(request);
	}

	/** Each seat's status by label, in seat-map order. */
	Map<String, String> statuses(UUID showtime) {
		Response map = seatMap(showtime);
		if (map.status() != 200) {
			throw new AssertionError("Seat map answered " + map.status() + ": " + map.text());
		}
		Map<String, String> statuses = new LinkedHashMap<>();
		map.json().get("seats").forEach(seat -> statuses.put(seat.get("label").asString(), seat.get("status").asString()));
		return statuses;
	}

	Response hold(UUID showtime, String customer, String... seats) {
		return holdWith(showtime, JSON.writeValueAsString(Map.of("seats", List.of(seats), "customer", customer)));
	}

	Response holdWith(UUID showtime, String body, String... headers) {
		return plaza.postJson("/api/v1/showtimes/" + showtime + "/holds", token, body, headers);
	}

	Response hold(UUID id) {
		return plaza.get("/api/v1/holds/" + id, token);
	}

	Response release(UUID id) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/holds/" + id)).header("Authorization", "Bearer " + token)
			.DELETE());
	}

	Response settings() {
		return plaza.get("/api/v1/reservations/settings", token);
	}

	Response putSettings(String json) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/reservations/settings"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** Lifts the rate limits, for tests that create many holds quickly. */
	void unlimitedRates() {
		Response updated = putSettings("""
				{"clientRate": {"perSecond": 1000000, "burst": 1000000}, "ipRate": {"perSecond": 1000000, "burst": 1000000}}""");
		if (updated.status() != 200) {
			throw new AssertionError(updated.text());
		}
	}

	static UUID id(Response created) {
		if (created.status() != 201) {
			throw new AssertionError("Expected 201, got " + created.status() + ": " + created.text());
		}
		return UUID.fromString(created.json().get("id").asString());
	}

	static List<String> seatsOf(JsonNode body) {
		return body.get("seats").valueStream().map(JsonNode::asString).toList();
	}
}
