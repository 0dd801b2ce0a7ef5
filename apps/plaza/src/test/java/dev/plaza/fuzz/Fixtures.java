package dev.plaza.fuzz;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Objects written by hand that every tenant owns before the generated requests start: a ledger account, a
 * product, a city and a cart. Generated bodies rarely pass every domain rule, so these make sure the
 * isolation check always has something to offer the other tenant, and generated requests real ids to use.
 */
final class Fixtures {

	/** The collections every tenant has an object in before generation starts. */
	static final List<String> COLLECTIONS = List.of("accounts", "products", "cities", "carts");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Fixtures() {
	}

	static void create(PlazaClient plaza, FuzzTenant tenant) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String account = UUID.randomUUID().toString();
		created(plaza, tenant, "accounts", "/api/v1/ledger/accounts",
				List.of(Map.of("id", account, "currency", "EUR", "code", 1)));
		tenant.ids().add("accounts", account);
		created(plaza, tenant, "products", "/api/v1/catalog/products",
				Map.of("sku", "FUZZ-" + unique, "title", "Mug", "price", Map.of("amount", 900, "currency", "EUR"),
						"taxClass", "standard", "attributes", Map.of(), "images", List.of()));
		created(plaza, tenant, "cities", "/api/v1/catalog/cities",
				Map.of("name", "Fuzz " + unique, "country", "ES", "timeZone", "Europe/Madrid"));
		created(plaza, tenant, "carts", "/api/v1/carts",
				Map.of("customer", "customer-" + unique, "email", "fuzz-" + unique + "@example.com"));
	}

	private static void created(PlazaClient plaza, FuzzTenant tenant, String collection, String path, Object body) {
		Response response = plaza.postJson(path, tenant.token(), JSON.writeValueAsString(body));
		if (response.status() / 100 != 2) {
			throw new IllegalStateException("Fixture " + path + " for " + tenant.name() + " was refused: "
					+ response.status() + " " + response.text());
		}
		JsonNode answer = response.json();
		if (answer.path("id").isString()) {
			tenant.ids().add(collection, answer.path("id").asString());
		}
	}
}
