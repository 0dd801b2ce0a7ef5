package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * No value a caller sends is silently changed to fit: a fraction where a whole number belongs, a
 * quoted number, a number or boolean where text belongs, and text holding U+0000 are each refused
 * with 400 {@code validation} naming the field, on every module's endpoints; U+0000 in a query
 * parameter is 400 {@code invalid-parameter} naming it. None of them reaches a 500.
 */
@PlazaTest
class StrictInputTest {

	private static final String ANY = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

	@Autowired
	PlazaClient plaza;

	String admin;

	String tenant;

	@BeforeEach
	void aTenantWithEveryScope() {
		admin = plaza.adminToken();
		String tenantId = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		tenant = plaza.tenantCaller(admin, tenantId, "catalog:write", "ledger:write", "reservations:write", "orders:write",
				"payments:write", "notifications:write").token();
	}

	static Stream<Arguments> wronglyTypedFields() {
		return Stream.of(
				Arguments.of("tenancy", "POST", "/api/v1/organizations", """
						{"slug": "strict-org", "name": true}""", "name"),
				Arguments.of("identity", "POST", "/api/v1/tenants/" + ANY + "/clients", """
						{"name": 12, "scopes": ["ledger:read"]}""", "name"),
				Arguments.of("ledger", "POST", "/api/v1/ledger/transfers", """
						[{"id": "%s", "amount": 2.99}]""".formatted(ANY), "[0].amount"),
				Arguments.of("ledger", "POST", "/api/v1/ledger/accounts", """
						{"currency": "EUR", "code": "1"}""", "code"),
				Arguments.of("catalog", "POST", "/api/v1/catalog/movies", """
						{"title": "M", "durationMinutes": 90.5}""", "durationMinutes"),
				Arguments.of("products", "POST", "/api/v1/catalog/products", """
						{"sku": "S-1", "title": "T", "price": {"amount": "299", "currency": "EUR"}, "taxClass": "zero"}""",
						"price.amount"),
				Arguments.of("products", "POST", "/api/v1/catalog/products", """
						{"sku": "S-1", "title": "T", "price": {"amount": 299, "currency": 978}, "taxClass": "zero"}""",
						"price.currency"),
				Arguments.of("showtimes", "POST", "/api/v1/catalog/showtimes", """
						{"movieSlug": "m", "cinemaCode": "c", "roomName": "r", "startsAt": 1700000000}""", "startsAt"),
				Arguments.of("stock", "POST", "/api/v1/stock/adjustments", """
						{"sku": "S-1", "location": "main", "delta": 1.5, "reason": "count"}""", "delta"),
				Arguments.of("stock", "POST", "/api/v1/stock/reservations", """
						{"customer": "c", "lines": [{"productId": "%s", "quantity": 1.5}]}""".formatted(ANY),
						"lines[0].quantity"),
				Arguments.of("holds", "POST", "/api/v1/showtimes/" + ANY + "/holds", """
						{"seats": ["A1"], "customer": true}""", "customer"),
				Arguments.of("carts", "POST", "/api/v1/carts/" + ANY + "/items", """
						{"productId": "%s", "quantity": 1.5}""".formatted(ANY), "quantity"),
				Arguments.of("orders", "POST", "/api/v1/orders", """
						{"cartId": 5}""", "cartId"),
				Arguments.of("payments", "POST", "/api/v1/payments", """
						{"reference": "r-1", "amount": 25.75, "currency": "EUR"}""", "amount"),
				Arguments.of("payments", "POST", "/api/v1/payments", """
						{"reference": "r-1", "amount": "2575", "currency": "EUR"}""", "amount"),
				Arguments.of("webhooks", "POST", "/api/v1/webhooks/endpoints", """
						{"url": "https://example.com/hook", "eventTypes": [true]}""", "eventTypes[0]"),
				Arguments.of("campaigns", "POST", "/api/v1/campaigns", """
						{"subject": "S", "text": "T", "recipients": [], "start": "true"}""", "start"));
	}

	@ParameterizedTest(name = "{0}: {2} {4}")
	@MethodSource
	void wronglyTypedFields(String module, String method, String path, String body, String field) {
		assertRefused(send(method, path, body), field);
	}

	static Stream<Arguments> textWithANulCharacter() {
		return Stream.of(
				Arguments.of("cities", "POST", "/api/v1/catalog/cities", """
						{"name": "Ci\\u0000ty", "country": "MX", "timeZone": "America/Mexico_City"}""", "name"),
				Arguments.of("products", "POST", "/api/v1/catalog/products", """
						{"sku": "S-1", "title": "T\\u0000", "price": {"amount": 1, "currency": "EUR"}, "taxClass": "zero"}""",
						"title"),
				Arguments.of("product attributes", "POST", "/api/v1/catalog/products", """
						{"sku": "S-1", "title": "T", "price": {"amount": 1, "currency": "EUR"}, "taxClass": "zero",
						 "attributes": {"colours": ["red", "gr\\u0000een"]}}""", "attributes.colours[1]"),
				Arguments.of("movies", "POST", "/api/v1/catalog/movies", """
						{"title": "M", "durationMinutes": 90, "cast": ["A\\u0000"]}""", "cast[0]"),
				Arguments.of("showtimes", "POST", "/api/v1/catalog/showtimes", """
						{"movieSlug": "m\\u0000"}""", "movieSlug"),
				Arguments.of("carts", "POST", "/api/v1/carts", """
						{"customer": "c\\u0000", "email": "c@example.com"}""", "customer"),
				Arguments.of("payments", "POST", "/api/v1/payments", """
						{"reference": "r\\u0000", "amount": 100, "currency": "EUR"}""", "reference"),
				Arguments.of("account metadata", "POST", "/api/v1/ledger/accounts", """
						{"currency": "EUR", "code": 1, "metadata": {"note": "a\\u0000"}}""", "metadata.note"),
				Arguments.of("campaigns", "POST", "/api/v1/campaigns", """
						{"subject": "S\\u0000", "text": "T", "recipients": []}""", "subject"),
				Arguments.of("stock notes", "POST", "/api/v1/stock/adjustments", """
						{"sku": "S-1", "location": "main", "delta": 1, "reason": "count", "note": "n\\u0000"}""", "note"),
				Arguments.of("location names", "PUT", "/api/v1/stock/locations/main", """
						{"name": "Main\\u0000"}""", "name"),
				// Jackson trims the text of ids and instants before reading them, which would drop the NUL.
				Arguments.of("an id before its NUL", "POST", "/api/v1/catalog/cinemas", """
						{"code": "c1", "name": "C", "cityId": "\\u000001a25179-886d-74f9-bd70-72dade56681c",
						 "address": "A", "latitude": 1.0, "longitude": 1.0}""", "cityId"),
				Arguments.of("an instant after its NUL", "POST", "/api/v1/catalog/showtimes", """
						{"movieSlug": "m", "startsAt": "2030-01-01T00:00:00Z\\u0000"}""", "startsAt"),
				Arguments.of("a date after its NUL", "POST", "/api/v1/catalog/movies", """
						{"title": "M", "durationMinutes": 90, "releaseDate": "2030-01-01\\u0000"}""", "releaseDate"));
	}

	@ParameterizedTest(name = "{0}: {2} {4}")
	@MethodSource
	void textWithANulCharacter(String what, String method, String path, String body, String field) {
		Response refused = send(method, path, body);

		assertRefused(refused, field);
		assertThat(reasons(refused)).contains("U+0000");
	}

	@Test
	void aNulCharacterInAQueryParameterIsNamed() {
		for (String path : List.of("/api/v1/catalog/products?sku=%00", "/api/v1/stock/adjustments?location=a%00b",
				"/api/v1/catalog/products?limit=5&sku=x%00")) {
			Response refused = plaza.get(path, tenant);

			assertThat(refused.status()).as(path + " " + refused.text()).isEqualTo(400);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.problemType()).isEqualTo("invalid-parameter");
			assertThat(refused.json().get("parameter").asString()).isEqualTo(path.contains("location") ? "location" : "sku");
		}
	}

	@Test
	void aNulCharacterInAFormParameterIsNamed() {
		Response refused = plaza.post("/oauth2/token", null, "application/x-www-form-urlencoded",
				"grant_type=client_credentials&client_id=plaza-admin%00");

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("invalid-parameter");
		assertThat(refused.json().get("parameter").asString()).isEqualTo("client_id");
	}

	@Test
	void nothingWasCreatedByARefusedBody() {
		String slug = "strict-" + UUID.randomUUID().toString().substring(0, 8);

		assertRefused(plaza.postJson("/api/v1/organizations", admin, "{\"slug\": \"" + slug + "\", \"name\": 42}"), "name");

		assertThat(plaza.postJson("/api/v1/organizations", admin, "{\"slug\": \"" + slug + "\", \"name\": \"Acme\"}").status())
			.isEqualTo(201);
	}

	private Response send(String method, String path, String body) {
		String token = path.startsWith("/api/v1/organizations") || path.startsWith("/api/v1/tenants/") ? admin : tenant;
		return plaza.send(HttpRequest.newBuilder(plaza.uri(path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body)));
	}

	private static void assertRefused(Response refused, String field) {
		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.problemType()).as(refused.text()).isEqualTo("validation");
		assertThat(refused.json().get("field").asString()).isEqualTo(field);
		assertThat(refused.json().get("errors").valueStream().map(error -> error.get("field").asString()))
			.containsExactly(field);
		assertThat(refused.json().get("detail").asString()).contains(field);
	}

	private static String reasons(Response refused) {
		return refused.json().get("errors").valueStream().map(error -> error.get("reason")).map(JsonNode::asString)
			.reduce("", String::concat);
	}
}
