package dev.plaza.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Calls to the configuration API, with documents built from the ones Plaza ships. */
final class ConfigCalls {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final PlazaClient plaza;

	ConfigCalls(PlazaClient plaza) {
		this.plaza = plaza;
	}

	/** The document Plaza ships for the country, to change and publish. */
	static ObjectNode shipped(String country) {
		try (InputStream in = ConfigCalls.class.getResourceAsStream("/dev/plaza/rules/countries/" + country + ".json")) {
			return (ObjectNode) JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Response publish(String country, Instant effectiveFrom, JsonNode document, String token, String... headers) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (effectiveFrom != null) {
			body.put("effectiveFrom", effectiveFrom.toString());
		}
		body.put("document", document);
		return plaza.postJson("/api/v1/config/countries/" + country + "/versions", token, JSON.writeValueAsString(body),
				headers);
	}

	Response putTenant(String token, String country, JsonNode overrides) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("country", country);
		body.put("overrides", overrides);
		return plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/config/tenant"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}
}
