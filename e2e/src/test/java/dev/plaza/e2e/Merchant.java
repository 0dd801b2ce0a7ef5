package dev.plaza.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.products.ProductCalls;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.venues.CatalogCalls;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tenant selling through Plaza's API as its back office and storefront call it, every call through
 * the gateway: it sets up its catalog (showtimes, products), stocks its shelf, and its customers hold
 * seats, fill carts, order and pay. Each write names its own {@code Idempotency-Key}.
 */
final class Merchant {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String LOCATION = "madrid";

	final CatalogCalls catalog;

	final String token;

	/** Where this tenant's customers get their mail: a domain of its own, so tests do not see each other's. */
	final String mailDomain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example";

	private final PatientCalls calls;

	private Merchant(PatientCalls calls, CatalogCalls catalog) {
		this.calls = calls;
		this.catalog = catalog;
		this.token = catalog.token;
	}

	/** A new organization's tenant whose client may sell, be paid and read its ledger. */
	static Merchant open(PatientCalls calls) {
		return new Merchant(calls, CatalogCalls.newTenant(calls.plaza(), "catalog:write", "reservations:write",
				"orders:write", "orders:read", "payments:write", "payments:read", "ledger:read"));
	}

	static String newKey() {
		return UUID.randomUUID().toString();
	}

	/** Lifts the per-client limits on holds and stock, as a tenant expecting a rush does. */
	void expectRush() {
		Response settings = calls.put("/api/v1/reservations/settings", token, """
				{"clientRate": {"perSecond": 1000, "burst": 1000}, "ipRate": {"perSecond": 1000, "burst": 1000}}""");
		assertThat(settings.status()).as(settings.text()).isEqualTo(200);
	}

	/** A product at this gross price in EUR cents, taxed at the standard rate, with so many units on the shelf. */
	UUID product(long price, int units) {
		return product(price, "standard", units);
	}

	UUID product(long price, String taxClass, int units) {
		String sku = CatalogCalls.unique("SKU");
		UUID product = CatalogCalls.created(new ProductCalls(catalog).create("""
				{"sku": "%s", "title": "Product %s", "price": {"amount": %d, "currency": "EUR"}, "taxClass": "%s",
				 "attributes": {}, "images": []}""".formatted(sku, sku, price, taxClass)));
		Response location = calls.put("/api/v1/stock/locations/" + LOCATION, token, "{\"name\": \"Madrid\"}");
		assertThat(location.status()).as(location.text()).isIn(200, 201);
		Response received = calls.post("/api/v1/stock/adjustments", token, JSON.writeValueAsString(
				Map.of("productId", product, "location", LOCATION, "delta", units, "reason", "received")), newKey());
		assertThat(received.status()).as(received.text()).isEqualTo(201);
		return product;
	}

	long onHand(UUID product) {
		return stock(product).get("onHand").asLong();
	}

	long available(UUID product) {
		return stock(product).get("available").asLong();
	}

	/** A showtime tomorrow in a new room; seats A1 (wheelchair, 7.00), A2–A3 (standard, 9.50), B1–B2 (couple, 18.00). */
	UUID showtime() {
		Instant tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
		return CatalogCalls.created(catalog.schedule(catalog.movie(), catalog.room(), tomorrow));
	}

	/** Cancels the showtime in the back office. */
	void cancel(UUID showtime) {
		Response cancelled = calls.delete("/api/v1/catalog/showtimes/" + showtime, token);
		assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(204);
	}

	UUID hold(UUID showtime, String customer, String... seats) {
		return created(calls.post("/api/v1/showtimes/" + showtime + "/holds", token,
				JSON.writeValueAsString(Map.of("seats", List.of(seats), "customer", customer)), newKey()));
	}

	String holdStatus(UUID hold) {
		return read("/api/v1/holds/" + hold).get("status").asString();
	}

	/** Each seat's status by label, as the seat map shows it. */
	Map<String, String> seats(UUID showtime) {
		Map<String, String> statuses = new LinkedHashMap<>();
		read("/api/v1/showtimes/" + showtime + "/seats").get("seats")
			.forEach(seat -> statuses.put(seat.get("label").asString(), seat.get("status").asString()));
		return statuses;
	}

	Response seatMap(UUID showtime) {
		return calls.get("/api/v1/showtimes/" + showtime + "/seats", token);
	}

	/**
	 * A cart whose confirmation goes to {@code name}@{@link #mailDomain}. One whose answer was lost in a
	 * kill cannot be found, and holds nothing yet: the customer starts another.
	 */
	UUID cart(String name, String key) {
		String body = "{\"customer\": \"customer-" + name + "\", \"email\": \"" + name + "@" + mailDomain + "\"}";
		Response created = calls.post("/api/v1/carts", token, body, key);
		return created(answerLost(created) ? calls.post("/api/v1/carts", token, body, key + "-again") : created);
	}

	/** Adds units to the cart; an addition whose answer was lost in a kill was made, and is not made again. */
	void addProduct(UUID cart, UUID product, int quantity, String key) {
		Response added = calls.post("/api/v1/carts/" + cart + "/items", token,
				"{\"productId\": \"" + product + "\", \"quantity\": " + quantity + "}", key);
		if (!answerLost(added)) {
			assertThat(added.status()).as(added.text()).isEqualTo(201);
		}
	}

	void addHold(UUID cart, UUID hold, String key) {
		Response added = calls.post("/api/v1/carts/" + cart + "/items", token, "{\"holdId\": \"" + hold + "\"}", key);
		assertThat(added.status()).as(added.text()).isEqualTo(201);
	}

	/**
	 * Checks the cart out: the order, awaiting payment. An instance killed after the checkout committed
	 * but before its answer was stored under the key makes the resent checkout a 409
	 * {@code idempotency-response-lost}; a checkout of the same cart under a new key then answers 409
	 * {@code cart-already-ordered} naming the order, which a careful client reads, as the README says.
	 */
	JsonNode order(UUID cart, String key) {
		Response placed = placeOrder(cart, key);
		if (answerLost(placed)) {
			return order(orderOf(cart));
		}
		assertThat(placed.status()).as(placed.text()).isEqualTo(201);
		return placed.json();
	}

	/** The order made of the cart, as a checkout of it answers. */
	UUID orderOf(UUID cart) {
		Response ordered = placeOrder(cart, newKey());
		assertThat(ordered.status()).as(ordered.text()).isEqualTo(409);
		assertThat(ordered.problemType()).isEqualTo("cart-already-ordered");
		return UUID.fromString(ordered.json().get("orderId").asString());
	}

	Response placeOrder(UUID cart, String key) {
		return calls.post("/api/v1/orders", token, "{\"cartId\": \"" + cart + "\"}", key);
	}

	/**
	 * Pays the order with the card token; the processor answers at once ({@code 200}) or later ({@code 202}).
	 * A payment whose answer was lost in a kill was sent to the processor; the order's status tells the rest.
	 */
	void pay(JsonNode order, String cardToken, String key) {
		Response paid = calls.post("/api/v1/payments/" + order.get("paymentId").asString() + "/confirm", token,
				"{\"paymentMethod\": \"" + cardToken + "\"}", key);
		if (!answerLost(paid)) {
			assertThat(paid.status()).as(paid.text()).isIn(200, 202);
		}
	}

	/**
	 * Whether Plaza says the request was done but its answer lost: its instance was killed between the
	 * two. Sending it again would do it twice.
	 */
	static boolean answerLost(Response response) {
		return response.status() == 409 && "idempotency-response-lost".equals(response.problemType());
	}

	JsonNode order(UUID order) {
		return read("/api/v1/orders/" + order);
	}

	void awaitStatus(UUID order, String status, Duration atMost) {
		Awaitility.await()
			.atMost(atMost)
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(order(order).get("status").asString()).as("order " + order).isEqualTo(status));
	}

	/** The account's balance as the ledger shows it: credits posted − debits posted. */
	long balance(String account) {
		JsonNode read = read("/api/v1/ledger/accounts/" + account);
		return read.get("creditsPosted").asLong() - read.get("debitsPosted").asLong();
	}

	/** The ticket's QR code image as the customer's phone loads it. */
	Response ticketQr(String qrUrl) {
		return calls.get(qrUrl, token);
	}

	static UUID id(JsonNode created) {
		return UUID.fromString(created.get("id").asString());
	}

	private JsonNode stock(UUID product) {
		return read("/api/v1/stock/" + product);
	}

	private JsonNode read(String path) {
		Response read = calls.get(path, token);
		assertThat(read.status()).as(path + ": " + read.text()).isEqualTo(200);
		return read.json();
	}

	private static UUID created(Response created) {
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return id(created.json());
	}
}
