package dev.plaza.notifications;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.venues.CatalogCalls;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The notifications API as a tenant's back office calls it. */
final class NotificationCalls {

	static final JsonMapper JSON = JsonMapper.builder().build();

	final PlazaClient plaza;

	final CatalogCalls catalog;

	final String token;

	NotificationCalls(PlazaClient plaza, CatalogCalls catalog) {
		this.plaza = plaza;
		this.catalog = catalog;
		this.token = catalog.token;
	}

	/** A new tenant whose client may manage notifications, the catalog and holds. */
	static NotificationCalls newTenant(PlazaClient plaza) {
		return new NotificationCalls(plaza, CatalogCalls.newTenant(plaza, "notifications:read", "notifications:write",
				"catalog:write", "reservations:write"));
	}

	Response registerEndpoint(String url, String... eventTypes) {
		return plaza.postJson("/api/v1/webhooks/endpoints", token,
				JSON.writeValueAsString(Map.of("url", url, "eventTypes", List.of(eventTypes))));
	}

	Response get(String path) {
		return plaza.get(path, token);
	}

	Response post(String path, String json, String... headers) {
		return plaza.postJson(path, token, json, headers);
	}

	Response delete(String path) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri(path)).header("Authorization", "Bearer " + token).DELETE());
	}

	/** The tenant's deliveries, newest first, with the query given (such as {@code status=dead}). */
	List<JsonNode> deliveries(String query) {
		Response page = get("/api/v1/webhooks/deliveries" + (query.isEmpty() ? "" : "?" + query));
		if (page.status() != 200) {
			throw new AssertionError("Delivery log answered " + page.status() + ": " + page.text());
		}
		return page.json().get("items").valueStream().toList();
	}

	Response campaign(UUID id) {
		return get("/api/v1/campaigns/" + id);
	}

	static UUID id(Response created) {
		if (created.status() != 201) {
			throw new AssertionError("Expected 201, got " + created.status() + ": " + created.text());
		}
		return UUID.fromString(created.json().get("id").asString());
	}

	/** Recipients at a domain of their own, so that the SMTP server's mail for this test is told apart. */
	static List<Map<String, String>> recipients(String domain, int from, int count) {
		return java.util.stream.IntStream.range(from, from + count)
			.mapToObj(i -> Map.of("email", "c" + i + "@" + domain, "name", "N" + i))
			.toList();
	}

	static String uniqueDomain() {
		return "t" + UUID.randomUUID().toString().substring(0, 8) + ".example";
	}
}
