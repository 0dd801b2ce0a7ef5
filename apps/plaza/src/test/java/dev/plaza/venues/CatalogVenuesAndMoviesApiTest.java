package dev.plaza.venues;

import static dev.plaza.venues.CatalogCalls.SEAT_MAP;
import static dev.plaza.venues.CatalogCalls.created;
import static dev.plaza.venues.CatalogCalls.errorFields;
import static dev.plaza.venues.CatalogCalls.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A cinema chain publishing its venues and movies: cities (with slugs made from their names),
 * cinemas in them, rooms with seat maps, movies; what each refuses, and that no other tenant nor a
 * client without the catalog scope sees any of it.
 */
@PlazaTest
class CatalogVenuesAndMoviesApiTest {

	@Autowired
	PlazaClient plaza;

	CatalogCalls catalog;

	@BeforeEach
	void aCinemaChainWithTheCatalogScope() {
		catalog = CatalogCalls.newTenant(plaza, "catalog:write");
	}

	@Test
	void aCityGetsASlugFromItsNameWithAccentsDropped() {
		Response created = catalog.post("/cities", """
				{"name": "Ciudad de México", "country": "MX", "timeZone": "America/Mexico_City"}""");

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode city = created.json();
		assertThat(UUID.fromString(city.get("id").asString()).version()).isEqualTo(7);
		assertThat(created.header("Location")).isEqualTo("/api/v1/catalog/cities/" + city.get("id").asString());
		assertThat(city.get("slug").asString()).isEqualTo("ciudad-de-mexico");
		assertThat(city.get("name").asString()).isEqualTo("Ciudad de México");
		assertThat(city.get("timeZone").asString()).isEqualTo("America/Mexico_City");
		assertThat(catalog.get(created.header("Location")).json()).isEqualTo(city);
		assertThat(catalog.get("/cities").json().valueStream().map(c -> c.get("slug").asString())).contains("ciudad-de-mexico");
	}

	@Test
	void aCitySlugIsUniquePerTenantButAnotherTenantMayUseIt() {
		String body = """
				{"name": "Guadalajara", "country": "MX", "timeZone": "America/Mexico_City"}""";
		assertThat(catalog.post("/cities", body).status()).isEqualTo(201);

		Response again = catalog.post("/cities", body);
		Response otherTenant = CatalogCalls.newTenant(plaza, "catalog:write").post("/cities", body);

		assertThat(again.status()).as(again.text()).isEqualTo(409);
		assertThat(again.problemType()).isEqualTo("catalog-key-taken");
		assertThat(again.json().get("detail").asString()).contains("slug 'guadalajara'");
		assertThat(otherTenant.status()).isEqualTo(201);
	}

	@Test
	void aCityNeedsARealTimeZoneAndCountry() {
		Response refused = catalog.post("/cities", """
				{"name": "Lima", "country": "pe", "timeZone": "Mars/Olympus"}""");
		Response badZone = catalog.post("/cities", """
				{"name": "Lima", "country": "PE", "timeZone": "GMT+5"}""");

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("validation");
		assertThat(errorFields(refused)).isEqualTo("country");
		assertThat(errorFields(badZone)).isEqualTo("timeZone");
	}

	@Test
	void aCinemaIsCreatedInACityAndListedByIt() {
		UUID city = catalog.city();
		String code = unique("MAD");

		Response created = catalog.post("/cinemas", """
				{"code": "%s", "name": "Cine Callao", "cityId": "%s", "address": "Plaza del Callao 3",
				 "latitude": 40.42, "longitude": -3.706}""".formatted(code, city));

		UUID id = created(created);
		JsonNode cinema = catalog.get("/cinemas/" + id).json();
		assertThat(cinema.get("code").asString()).isEqualTo(code);
		assertThat(cinema.get("cityId").asString()).isEqualTo(city.toString());
		assertThat(cinema.get("latitude").asDouble()).isEqualTo(40.42);
		assertThat(catalog.get("/cinemas?cityId=" + city).json().valueStream().map(c -> c.get("id").asString()))
			.containsExactly(id.toString());
		assertThat(catalog.get("/cinemas?cityId=" + catalog.city()).json().size()).isZero();
	}

	@Test
	void aCinemaCodeIsUniquePerTenant() {
		UUID city = catalog.city();
		catalog.cinema(city, "MAD-01");

		Response again = catalog.post("/cinemas", """
				{"code": "MAD-01", "name": "Other", "cityId": "%s", "address": "x", "latitude": 0, "longitude": 0}"""
			.formatted(city));

		assertThat(again.status()).as(again.text()).isEqualTo(409);
		assertThat(again.problemType()).isEqualTo("catalog-key-taken");
	}

	@Test
	void aCinemaInAnUnknownCityIsRefusedAndNotCreated() {
		UUID unknown = UUID.randomUUID();

		Response refused = catalog.post("/cinemas", """
				{"code": "X1", "name": "Nowhere", "cityId": "%s", "address": "x", "latitude": 0, "longitude": 0}"""
			.formatted(unknown));

		assertThat(refused.status()).as(refused.text()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("unknown-reference");
		assertThat(errorFields(refused)).isEqualTo("cityId");
		assertThat(refused.json().get("detail").asString()).contains(unknown.toString());
		assertThat(catalog.get("/cinemas").json().size()).isZero();
	}

	@Test
	void aRoomKeepsItsSeatMap() {
		UUID cinema = catalog.cinema();

		Response created = catalog.post("/rooms", """
				{"cinemaId": "%s", "name": "Sala 1", "type": "IMAX", "seatMap": %s}""".formatted(cinema, SEAT_MAP));

		UUID id = created(created);
		JsonNode room = catalog.get("/rooms/" + id).json();
		assertThat(room.get("type").asString()).isEqualTo("IMAX");
		assertThat(room.get("cinemaId").asString()).isEqualTo(cinema.toString());
		assertThat(room.get("seatMap").get("rows").get(1).get("seats").get(0).get("kind").asString()).isEqualTo("couple");
		assertThat(room.get("seatMap").get("blocked").get(0).asString()).isEqualTo("A4");
		assertThat(catalog.get("/rooms?cinemaId=" + cinema).json().size()).isEqualTo(1);
	}

	@Test
	void aRoomNameIsUniqueInItsCinemaOnly() {
		UUID cinema = catalog.cinema();
		catalog.room(cinema, "Sala 1");

		Response again = catalog.post("/rooms", """
				{"cinemaId": "%s", "name": "Sala 1", "type": "2D", "seatMap": %s}""".formatted(cinema, SEAT_MAP));
		Response elsewhere = catalog.post("/rooms", """
				{"cinemaId": "%s", "name": "Sala 1", "type": "2D", "seatMap": %s}""".formatted(catalog.cinema(), SEAT_MAP));

		assertThat(again.status()).as(again.text()).isEqualTo(409);
		assertThat(elsewhere.status()).isEqualTo(201);
	}

	@Test
	void aRoomWithRepeatedSeatLabelsIsRefused() {
		Response refused = roomWithSeats("""
				{"rows": [{"label": "A", "seats": [{"label": "A1", "kind": "standard"}, {"label": "A1", "kind": "standard"}]}]}""");

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("validation");
		assertThat(errorFields(refused)).isEqualTo("seatMap.rows[0].seats[1].label");
	}

	@Test
	void aRoomBlockingASeatNotInItsMapIsRefused() {
		Response refused = roomWithSeats("""
				{"rows": [{"label": "A", "seats": [{"label": "A1", "kind": "standard"}]}], "blocked": ["C7"]}""");

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(errorFields(refused)).isEqualTo("seatMap.blocked[0]");
		assertThat(refused.json().get("detail").asString()).contains("C7");
	}

	@Test
	void aRoomWithoutSeatsOrOfAnUnknownTypeIsRefused() {
		UUID cinema = catalog.cinema();

		Response empty = roomWithSeats("{\"rows\": []}");
		Response badType = catalog.post("/rooms", """
				{"cinemaId": "%s", "name": "Sala 9", "type": "5D", "seatMap": %s}""".formatted(cinema, SEAT_MAP));

		assertThat(errorFields(empty)).isEqualTo("seatMap.rows");
		assertThat(badType.status()).as(badType.text()).isEqualTo(400);
		assertThat(errorFields(badType)).isEqualTo("type");
		assertThat(catalog.get("/rooms?cinemaId=" + cinema).json().size()).as("nothing was created").isZero();
	}

	@Test
	void aRoomInAnUnknownCinemaIsRefused() {
		Response refused = catalog.post("/rooms", """
				{"cinemaId": "%s", "name": "Sala 1", "type": "2D", "seatMap": %s}""".formatted(UUID.randomUUID(), SEAT_MAP));

		assertThat(refused.status()).as(refused.text()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("unknown-reference");
		assertThat(errorFields(refused)).isEqualTo("cinemaId");
	}

	@Test
	void aMovieIsPublishedWithASlugFromItsTitle() {
		Response created = catalog.post("/movies", """
				{"title": "El laberinto del fauno", "originalTitle": "El laberinto del fauno", "synopsis": "Ofelia…",
				 "cast": ["Ivana Baquero", "Sergi López"], "genres": ["fantasy", "drama"], "durationMinutes": 118,
				 "ageRating": "16", "releaseDate": "2006-10-11", "languages": ["es"], "posterUrl": "https://img/p.jpg"}""");

		UUID id = created(created);
		assertThat(created.header("Location")).isEqualTo("/api/v1/catalog/movies/" + id);
		JsonNode movie = catalog.get("/movies/" + id).json();
		assertThat(movie.get("slug").asString()).isEqualTo("el-laberinto-del-fauno");
		assertThat(movie.get("cast").valueStream().map(JsonNode::asString)).containsExactly("Ivana Baquero", "Sergi López");
		assertThat(movie.get("durationMinutes").asInt()).isEqualTo(118);
		assertThat(movie.get("releaseDate").asString()).isEqualTo("2006-10-11");
		assertThat(movie.get("posterUrl").asString()).isEqualTo("https://img/p.jpg");
		assertThat(movie.get("gallery").size()).isZero();
		assertThat(catalog.get("/movies").json().size()).isEqualTo(1);
	}

	@Test
	void aMovieNeedsARunningTimeAndLanguages() {
		Response refused = catalog.post("/movies", """
				{"title": "Untitled", "durationMinutes": 0, "ageRating": "A", "releaseDate": "2030-01-01", "languages": []}""");

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(errorFields(refused)).contains("durationMinutes", "languages");
	}

	@Test
	void unknownFieldsAreRefused() {
		Response refused = catalog.post("/cities", """
				{"name": "Sevilla", "country": "ES", "timeZone": "Europe/Madrid", "population": 680000}""");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("unknown-field");
	}

	@Test
	void anotherTenantSeesNoneOfItAndGets404() {
		UUID room = catalog.room();
		UUID movie = catalog.movie();
		JsonNode roomJson = catalog.get("/rooms/" + room).json();
		CatalogCalls other = CatalogCalls.newTenant(plaza, "catalog:write");

		assertThat(other.get("/rooms/" + room).status()).isEqualTo(404);
		assertThat(other.get("/rooms/" + room).problemType()).isEqualTo("not-found");
		assertThat(other.get("/movies/" + movie).status()).isEqualTo(404);
		assertThat(other.get("/cinemas/" + roomJson.get("cinemaId").asString()).status()).isEqualTo(404);
		assertThat(other.get("/cities").json().size()).isZero();
		assertThat(other.get("/rooms").json().size()).isZero();
		Response theirRoomInMyCinema = other.post("/rooms", """
				{"cinemaId": "%s", "name": "Sala X", "type": "2D", "seatMap": %s}""".formatted(roomJson.get("cinemaId").asString(), SEAT_MAP));
		assertThat(theirRoomInMyCinema.status()).isEqualTo(422);
	}

	@Test
	void aClientWithoutTheCatalogScopeIsForbidden() {
		CatalogCalls reader = CatalogCalls.newTenant(plaza, "ledger:read");

		Response write = reader.post("/cities", """
				{"name": "Bilbao", "country": "ES", "timeZone": "Europe/Madrid"}""");
		Response read = reader.get("/cities");

		assertThat(write.status()).isEqualTo(403);
		assertThat(write.problemType()).isEqualTo("insufficient-scope");
		assertThat(read.status()).isEqualTo(403);
		assertThat(plaza.get(CatalogCalls.BASE + "/movies", null).status()).isEqualTo(401);
	}

	private Response roomWithSeats(String seatMap) {
		return catalog.post("/rooms", """
				{"cinemaId": "%s", "name": "Sala 2", "type": "2D", "seatMap": %s}""".formatted(catalog.cinema(), seatMap));
	}
}
