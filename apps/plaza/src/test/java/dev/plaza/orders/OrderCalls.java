package dev.plaza.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.products.ProductCalls;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.venues.CatalogCalls;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tenant selling through carts and orders over HTTP, as its storefront and back office do: it sets
 * up products with stock or showtimes, fills carts, checks out, pays, and reads what became of it.
 */
final class OrderCalls {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String LOCATION = "madrid";

	final PlazaClient plaza;

	final CatalogCalls catalog;

	final String token;

	OrderCalls(PlazaClient plaza, CatalogCalls catalog) {
		this.plaza = plaza;
		this.catalog = catalog;
		this.token = catalog.token;
	}

	static OrderCalls newTenant(PlazaClient plaza) {
		return new OrderCalls(plaza, CatalogCalls.newTenant(plaza, "catalog:write", "reservations:write", "orders:write",
				"orders:read", "payments:write", "payments:read", "ledger:read", "notifications:write"));
	}

	/** A product at this gross price (EUR) and tax class, with so many units in stock. */
	UUID product(long price, String taxClass, int units) {
		String sku = CatalogCalls.unique("SKU");
		UUID product = CatalogCalls.created(new ProductCalls(catalog).create("""
				{"sku": "%s", "title": "Product %s", "price": {"amount": %d, "currency": "EUR"}, "taxClass": "%s",
				 "attributes": {}, "images": []}""".formatted(sku, sku, price, taxClass)));
		put("/api/v1/stock/locations/" + LOCATION, "{\"name\": \"Madrid\"}");
		if (units > 0) {
			Response received = plaza.postJson("/api/v1/stock/adjustments", token, JSON.writeValueAsString(
					Map.of("productId", product, "location", LOCATION, "delta", units, "reason", "received")));
			assertThat(received.status()).as(received.text()).isEqualTo(201);
		}
		return product;
	}

	long available(UUID product) {
		return plaza.get("/api/v1/stock/" + product, token).json().get("available").asLong();
	}

	long onHand(UUID product) {
		return plaza.get("/api/v1/stock/" + product, token).json().get("onHand").asLong();
	}

	/** A showtime tomorrow; seats A1 (wheelchair, 7.00), A2–A3 (standard, 9.50), B1–B2 (couple, 18.00). */
	UUID showtime() {
		Instant tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
		return CatalogCalls.created(catalog.schedule(catalog.movie(), catalog.room(), tomorrow));
	}

	UUID hold(UUID showtime, String... seats) {
		return holdFor("customer-ana", showtime, seats);
	}

	UUID holdFor(String customer, UUID showtime, String... seats) {
		return created(plaza.postJson("/api/v1/showtimes/" + showtime + "/holds", token,
				JSON.writeValueAsString(Map.of("seats", List.of(seats), "customer", customer))));
	}

	Map<String, String> seatStatuses(UUID showtime) {
		Map<String, String> statuses = new java.util.LinkedHashMap<>();
		plaza.get("/api/v1/showtimes/" + showtime + "/seats", token).json().get("seats")
			.forEach(seat -> statuses.put(seat.get("label").asString(), seat.get("status").asString()));
		return statuses;
	}

	/** Where this tenant's customers get their mail: a domain of its own, so tests do not see each other's. */
	final String mailDomain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example";

	/** A cart of customer Ana, whose confirmation goes to ana@{@link #mailDomain}. */
	UUID cart() {
		return cartFor("ana");
	}

	/** A cart whose confirmation goes to {@code name}@{@link #mailDomain}. */
	UUID cartFor(String name) {
		return created(plaza.postJson("/api/v1/carts", token,
				"{\"customer\": \"customer-" + name + "\", \"email\": \"" + name + "@" + mailDomain + "\"}"));
	}

	Response addProduct(UUID cart, UUID product, int quantity) {
		return plaza.postJson("/api/v1/carts/" + cart + "/items", token,
				"{\"productId\": \"" + product + "\", \"quantity\": " + quantity + "}");
	}

	Response addHold(UUID cart, UUID hold) {
		return plaza.postJson("/api/v1/carts/" + cart + "/items", token, "{\"holdId\": \"" + hold + "\"}");
	}

	Response cartView(UUID cart) {
		return plaza.get("/api/v1/carts/" + cart, token);
	}

	Response order(UUID cart) {
		return order(cart, UUID.randomUUID().toString());
	}

	Response order(UUID cart, String idempotencyKey) {
		return plaza.postJson("/api/v1/orders", token, "{\"cartId\": \"" + cart + "\"}", "Idempotency-Key", idempotencyKey);
	}

	Response get(UUID order) {
		return plaza.get("/api/v1/orders/" + order, token);
	}

	String status(UUID order) {
		Response read = get(order);
		assertThat(read.status()).as(read.text()).isEqualTo(200);
		return read.json().get("status").asString();
	}

	void awaitStatus(UUID order, String status) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(status(order)).isEqualTo(status));
	}

	Response pay(JsonNode order, String token) {
		return plaza.postJson("/api/v1/payments/" + order.get("paymentId").asString() + "/confirm", this.token,
				"{\"paymentMethod\": \"" + token + "\"}");
	}

	Response cancel(UUID order) {
		return plaza.postJson("/api/v1/orders/" + order + "/cancel", token, "");
	}

	Response fulfil(UUID order) {
		return plaza.postJson("/api/v1/orders/" + order + "/fulfil", token, "");
	}

	Response refund(UUID order, String body) {
		return plaza.postJson("/api/v1/orders/" + order + "/refunds", token, body);
	}

	/** Holds of this tenant last so many seconds from now on. */
	void holdsLast(int seconds) {
		Response put = put("/api/v1/reservations/settings", "{\"holdTtlSeconds\": " + seconds + "}");
		assertThat(put.status()).as(put.text()).isEqualTo(200);
	}

	/** An order of the cart, placed and answered 201. */
	JsonNode placed(UUID cart) {
		Response placed = order(cart);
		assertThat(placed.status()).as(placed.text()).isEqualTo(201);
		return placed.json();
	}

	static UUID id(JsonNode order) {
		return UUID.fromString(order.get("id").asString());
	}

	Response putSettings(String body) {
		return put("/api/v1/orders/settings", body);
	}

	/** The account's balance as the ledger API shows it: credits posted − debits posted. */
	long balance(String accountId) {
		Response account = plaza.get("/api/v1/ledger/accounts/" + accountId, token);
		assertThat(account.status()).as(account.text()).isEqualTo(200);
		return account.json().get("creditsPosted").asLong() - account.json().get("debitsPosted").asLong();
	}

	Response put(String path, String body) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri(path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	static UUID created(Response created) {
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}
}
