package dev.plaza.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;

import dev.plaza.products.ProductCalls;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.venues.CatalogCalls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * A shop whose storefront is served at a domain of its own, selling three products with stock in
 * one warehouse: a red T-shirt named with an accent (sizes S and M), a blue shirt (M and L) and a red
 * ceramic mug; and a sold-out cap.
 */
final class ShopFixture {

	static final JsonMapper JSON = JsonMapper.builder().build();

	final PlazaClient plaza;

	final ProductCalls products;

	final String domain;

	final UUID tshirt;

	final UUID shirt;

	final UUID mug;

	final UUID cap;

	ShopFixture(PlazaClient plaza) {
		this.plaza = plaza;
		this.products = ProductCalls.newShop(plaza, "catalog:write");
		this.domain = plaza.serveStorefrontAt(products.catalog.tenant.toString(),
				CatalogCalls.unique("tienda").toLowerCase() + ".localhost");
		this.tshirt = product("Camiseta Día", "Organic cotton T-shirt, dyed red.", 1999,
				Map.of("colour", "red", "sizes", new String[] { "S", "M" }));
		this.shirt = product("Oxford shirt", "A blue button-down shirt.", 4500,
				Map.of("colour", "blue", "sizes", new String[] { "M", "L" }));
		this.mug = product("Breakfast mug", "A red ceramic mug for coffee.", 1250,
				Map.of("colour", "red", "material", "ceramic"));
		this.cap = product("Sold-out cap", "A cap nobody can buy today.", 1500, Map.of("colour", "black"));
		String location = CatalogCalls.unique("wh").toLowerCase();
		Response put = plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/stock/locations/" + location))
			.header("Authorization", "Bearer " + products.catalog.token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("name", "Warehouse")))));
		assertThat(put.status()).as(put.text()).isIn(200, 201);
		receive(tshirt, location, 50);
		receive(shirt, location, 3);
		receive(mug, location, 20);
	}

	private UUID product(String title, String description, long amount, Map<String, Object> attributes) {
		Response created = products.create(JSON.writeValueAsString(Map.of("sku", CatalogCalls.unique("SKU"), "title", title,
				"description", description, "price", Map.of("amount", amount, "currency", "EUR"), "taxClass", "standard",
				"attributes", attributes)));
		return CatalogCalls.created(created);
	}

	private void receive(UUID product, String location, long units) {
		Response received = plaza.postJson("/api/v1/stock/adjustments", products.catalog.token, JSON.writeValueAsString(
				Map.of("productId", product, "location", location, "delta", units, "reason", "received")));
		assertThat(received.status()).as(received.text()).isEqualTo(201);
	}

	String tenant() {
		return products.catalog.tenant.toString();
	}

	Response visit(String path) {
		return plaza.getAt(domain, path, null);
	}

	/** The page at the path, which must answer 200, parsed as a browser would with its address as base. */
	Document page(String path) {
		Response response = visit(path);
		assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(200);
		return Jsoup.parse(response.text(), url(path));
	}

	String url(String path) {
		return "https://" + domain + path;
	}
}
