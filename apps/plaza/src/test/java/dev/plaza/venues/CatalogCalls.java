package dev.plaza.venues;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.UUID;

import dev.plaza.platform.TenantId;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import tools.jackson.databind.JsonNode;

/**
 * The catalog admin API as a cinema chain's back office calls it, for one tenant. Public for the
 * modules built on the catalog (reservations, search, the storefront) to set up their showtimes.
 */
public final class CatalogCalls {

	static final String BASE = "/api/v1/catalog";

	/** Two rows: A1–A4 (A1 for wheelchairs, A4 blocked) and B1–B2 couple seats. */
	public static final String SEAT_MAP = """
			{"rows": [{"label": "A", "seats": [{"label": "A1", "kind": "wheelchair"}, {"label": "A2", "kind": "standard"},
			  {"label": "A3", "kind": "standard"}, {"label": "A4", "kind": "standard"}]},
			 {"label": "B", "seats": [{"label": "B1", "kind": "couple"}, {"label": "B2", "kind": "couple"}]}],
			 "blocked": ["A4"]}""";

	static final String ALL_PRICES = """
			{"standard": {"amount": 950, "currency": "EUR"}, "wheelchair": {"amount": 700, "currency": "EUR"},
			 "couple": {"amount": 1800, "currency": "EUR"}}""";

	public final PlazaClient plaza;

	public final String token;

	public final TenantId tenant;

	public CatalogCalls(PlazaClient plaza, String token, TenantId tenant) {
		this.plaza = plaza;
		this.token = token;
		this.tenant = tenant;
	}

	/** A new organization's demo tenant, with a client holding the given scopes. */
	public static CatalogCalls newTenant(PlazaClient plaza, String... scopes) {
		String admin = plaza.adminToken();
		String tenant = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		return new CatalogCalls(plaza, plaza.tenantCaller(admin, tenant, scopes).token(), TenantId.of(tenant));
	}

	public Response post(String path, String body, String... headers) {
		return plaza.postJson(BASE + path, token, body, headers);
	}

	public Response get(String path) {
		return plaza.get(path.startsWith("/api") ? path : BASE + path, token);
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public UUID city() {
		return city(unique("Madrid"), "ES", "Europe/Madrid");
	}

	public UUID city(String name, String country, String timeZone) {
		return created(post("/cities", """
				{"name": "%s", "country": "%s", "timeZone": "%s"}""".formatted(name, country, timeZone)));
	}

	public UUID cinema(UUID city, String code) {
		return cinema(city, code, "Cine Callao");
	}

	public UUID cinema(UUID city, String code, String name) {
		return created(post("/cinemas", """
				{"code": "%s", "name": "%s", "cityId": "%s", "address": "Plaza del Callao 3",
				 "latitude": 40.42, "longitude": -3.706}""".formatted(code, name, city)));
	}

	UUID cinema() {
		return cinema(city(), unique("MAD"));
	}

	public UUID room(UUID cinema, String name) {
		return room(cinema, name, "IMAX");
	}

	public UUID room(UUID cinema, String name, String type) {
		return created(post("/rooms", """
				{"cinemaId": "%s", "name": "%s", "type": "%s", "seatMap": %s}""".formatted(cinema, name, type, SEAT_MAP)));
	}

	public UUID room() {
		return room(cinema(), "Sala 1");
	}

	/** A 120-minute movie. */
	public UUID movie(String title) {
		return movie(title, "The Original", "Ana Torrent");
	}

	/** A 120-minute movie with one cast member. */
	public UUID movie(String title, String originalTitle, String castMember) {
		return created(post("/movies", """
				{"title": "%s", "originalTitle": "%s", "synopsis": "A story.", "cast": ["%s"],
				 "genres": ["drama"], "durationMinutes": 120, "ageRating": "12", "releaseDate": "2030-01-01",
				 "languages": ["es", "en"]}""".formatted(title, originalTitle, castMember)));
	}

	public UUID movie() {
		return movie(unique("Movie"));
	}

	public static String showtime(UUID movie, UUID room, Instant startsAt) {
		return showtime(movie, room, startsAt, "es");
	}

	static String showtime(UUID movie, UUID room, Instant startsAt, String language) {
		return """
				{"movieId": "%s", "roomId": "%s", "startsAt": "%s", "language": "%s", "prices": %s}"""
			.formatted(movie, room, startsAt, language, ALL_PRICES);
	}

	public Response schedule(UUID movie, UUID room, Instant startsAt) {
		return schedule(movie, room, startsAt, "es");
	}

	public Response schedule(UUID movie, UUID room, Instant startsAt, String language) {
		return post("/showtimes", showtime(movie, room, startsAt, language));
	}

	/** Cancels the showtime as the back office does. */
	public Response cancel(UUID showtime) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri(BASE + "/showtimes/" + showtime))
			.header("Authorization", "Bearer " + token).DELETE());
	}

	public static UUID created(Response response) {
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return UUID.fromString(response.json().get("id").asString());
	}

	public static String errorFields(Response problem) {
		StringBuilder fields = new StringBuilder();
		for (JsonNode error : problem.json().get("errors")) {
			fields.append(fields.isEmpty() ? "" : ",").append(error.get("field").asString());
		}
		return fields.toString();
	}
}
