package dev.plaza.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.platform.TenantId;
import dev.plaza.products.ProductCalls;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stock API as a shop calls it, for one new tenant whose client may keep the catalog and stock
 * (catalog:write) and reserve for carts (reservations:write).
 */
final class StockCalls {

	static final JsonMapper JSON = JsonMapper.builder().build();

	final PlazaClient plaza;

	final ProductCalls products;

	final String token;

	StockCalls(PlazaClient plaza, ProductCalls products) {
		this.plaza = plaza;
		this.products = products;
		this.token = products.catalog.token;
	}

	static StockCalls newShop(PlazaClient plaza) {
		return new StockCalls(plaza, ProductCalls.newShop(plaza, "catalog:write", "reservations:write"));
	}

	TenantId tenant() {
		return products.catalog.tenant;
	}

	/** The same shop, through another client with only these scopes. */
	StockCalls withScopes(String... scopes) {
		return new StockCalls(plaza, products.asClientWith(scopes));
	}

	Response putLocation(String code, String name) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/stock/locations/" + code))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("name", name)))));
	}

	void location(String code) {
		Response put = putLocation(code, "Warehouse " + code);
		assertThat(put.status()).as(put.text()).isIn(200, 201);
	}

	Response adjustWith(String body, String... headers) {
		return plaza.postJson("/api/v1/stock/adjustments", token, body, headers);
	}

	Response adjust(UUID product, String location, long delta, String reason) {
		return adjustWith(JSON.writeValueAsString(
				Map.of("productId", product, "location", location, "delta", delta, "reason", reason)));
	}

	/** Receives units of the product at the location, which must exist. */
	void receive(UUID product, String location, long units) {
		Response received = adjust(product, location, units, "received");
		assertThat(received.status()).as(received.text()).isEqualTo(201);
	}

	Response adjustments(String query) {
		return plaza.get("/api/v1/stock/adjustments" + query, token);
	}

	Response level(UUID product) {
		return plaza.get("/api/v1/stock/" + product, token);
	}

	/** On hand, reserved and available in total, as the API shows them. */
	long[] totals(UUID product) {
		JsonNode level = level(product).json();
		return new long[] { level.get("onHand").asLong(), level.get("reserved").asLong(), level.get("available").asLong() };
	}

	long available(UUID product) {
		return totals(product)[2];
	}

	Response reserveWith(String body, String... headers) {
		return plaza.postJson("/api/v1/stock/reservations", token, body, headers);
	}

	/** Reserves lines given as product id (or SKU string), quantity, optional location. */
	Response reserve(String customer, Line... lines) {
		return reserve(customer, null, lines);
	}

	Response reserve(String customer, Integer ttlSeconds, Line... lines) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("customer", customer);
		body.put("lines", List.of(lines).stream().map(Line::json).toList());
		if (ttlSeconds != null) {
			body.put("ttlSeconds", ttlSeconds);
		}
		return reserveWith(JSON.writeValueAsString(body));
	}

	Response reservation(UUID id) {
		return plaza.get("/api/v1/stock/reservations/" + id, token);
	}

	Response release(UUID id) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/stock/reservations/" + id))
			.header("Authorization", "Bearer " + token)
			.DELETE());
	}

	Response commit(UUID id) {
		return plaza.postJson("/api/v1/stock/reservations/" + id + "/commit", token, "");
	}

	static UUID id(Response created) {
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	static Line line(UUID product, int quantity) {
		return new Line(product, null, quantity, null);
	}

	static Line line(UUID product, int quantity, String location) {
		return new Line(product, null, quantity, location);
	}

	static Line sku(String sku, int quantity) {
		return new Line(null, sku, quantity, null);
	}

	record Line(UUID product, String sku, int quantity, String location) {

		Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			if (product != null) {
				json.put("productId", product);
			}
			if (sku != null) {
				json.put("sku", sku);
			}
			json.put("quantity", quantity);
			if (location != null) {
				json.put("location", location);
			}
			return json;
		}
	}
}
