package dev.plaza.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import dev.plaza.platform.TenantId;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import tools.jackson.databind.JsonNode;

/**
 * The catalog admin API as a cinema chain's back office calls it, for one tenant. Public for the
 * tests of modules built on the catalog, such as the storefront's.
 */
public final class CatalogCalls {

	static final String BASE = "/api/v1/catalog";

	/** Two rows: A1–A4 (A1 for wheelchairs, A4 blocked) and B1–B2 couple seats. */
	static final String SEAT_MAP = """
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

	CatalogCalls(PlazaClient plaza, String token, TenantId tenant) {
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
		return created(post("/cities", """
				{"name": "%s", "country": "ES", "timeZone": "Europe/Madrid"}""".formatted(unique("Madrid"))));
	}

	public UUID cinema(UUID city, String code) {
		return created(post("/cinemas", """
				{"code": "%s", "name": "Cine Callao", "cityId": "%s", "address": "Plaza del Callao 3",
				 "latitude": 40.42, "longitude": -3.706}""".formatted(code, city)));
	}

	UUID cinema() {
		return cinema(city(), unique("MAD"));
	}

	public UUID room(UUID cinema, String name) {
		return created(post("/rooms", """
				{"cinemaId": "%s", "name": "%s", "type": "IMAX", "seatMap": %s}""".formatted(cinema, name, SEAT_MAP)));
	}

	UUID room() {
		return room(cinema(), "Sala 1");
	}

	/** A 120-minute movie. */
	public UUID movie(String title) {
		return created(post("/movies", """
				{"title": "%s", "originalTitle": "The Original", "synopsis": "A story.", "cast": ["Ana Torrent"],
				 "genres": ["drama"], "durationMinutes": 120, "ageRating": "12", "releaseDate": "2030-01-01",
				 "languages": ["es", "en"]}""".formatted(title)));
	}

	UUID movie() {
		return movie(unique("Movie"));
	}

	static String showtime(UUID movie, UUID room, Instant startsAt) {
		return """
				{"movieId": "%s", "roomId": "%s", "startsAt": "%s", "language": "es", "prices": %s}"""
			.formatted(movie, room, startsAt, ALL_PRICES);
	}

	public Response schedule(UUID movie, UUID room, Instant startsAt) {
		return post("/showtimes", showtime(movie, room, startsAt));
	}

	public static UUID created(Response response) {
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return UUID.fromString(response.json().get("id").asString());
	}

	static String errorFields(Response problem) {
		StringBuilder fields = new StringBuilder();
		for (JsonNode error : problem.json().get("errors")) {
			fields.append(fields.isEmpty() ? "" : ",").append(error.get("field").asString());
		}
		return fields.toString();
	}
}
