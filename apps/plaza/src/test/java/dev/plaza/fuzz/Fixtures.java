package dev.plaza.fuzz;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Objects written by hand that every tenant owns before the generated requests start: a ledger account, a
 * product, a city and a cart. Generated bodies rarely pass every domain rule, so these make sure the
 * isolation check always has something to offer the other tenant, and generated requests real ids to use.
 * Their answers are judged like any other.
 */
final class Fixtures {

	/** The collections every tenant has an object in before generation starts. */
	static final List<String> COLLECTIONS = List.of("accounts", "products", "cities", "carts");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Sender sender;

	private final List<Endpoint> endpoints;

	private final Findings findings;

	Fixtures(Sender sender, List<Endpoint> endpoints, Findings findings) {
		this.sender = sender;
		this.endpoints = endpoints;
		this.findings = findings;
	}

	void create(FuzzTenant tenant) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String account = UUID.randomUUID().toString();
		created(tenant, "accounts", "/api/v1/ledger/accounts", List.of(Map.of("id", account, "currency", "EUR", "code", 1)));
		tenant.ids().add("accounts", account);
		created(tenant, "products", "/api/v1/catalog/products",
				Map.of("sku", "FUZZ-" + unique, "title", "Mug", "price", Map.of("amount", 900, "currency", "EUR"),
						"taxClass", "standard", "attributes", Map.of(), "images", List.of()));
		created(tenant, "cities", "/api/v1/catalog/cities",
				Map.of("name", "Fuzz " + unique, "country", "ES", "timeZone", "Europe/Madrid"));
		created(tenant, "carts", "/api/v1/carts",
				Map.of("customer", "customer-" + unique, "email", "fuzz-" + unique + "@example.com"));
	}

	private void created(FuzzTenant tenant, String collection, String path, Object body) {
		Endpoint endpoint = endpoints.stream()
			.filter(candidate -> candidate.name().equals("POST " + path))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The published document has no POST " + path));
		Exchange exchange = sender.send(endpoint, new GeneratedRequest(path, JSON.valueToTree(body), null), tenant);
		AnswerRules.judge(endpoint, exchange, findings);
		if (exchange.status() / 100 != 2) {
			throw new IllegalStateException("Fixture for " + tenant.name() + " was refused:\n" + exchange.describe());
		}
		JsonNode answer = JSON.readTree(exchange.answer());
		if (answer.path("id").isString()) {
			tenant.ids().add(collection, answer.path("id").asString());
		}
	}
}
