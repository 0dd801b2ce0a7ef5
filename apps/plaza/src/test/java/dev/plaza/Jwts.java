package dev.plaza;

import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a JWT's header and claims, the way a client inspecting its token would. */
final class Jwts {

	private Jwts() {
	}

	static JsonNode header(String token) {
		return JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0]));
	}

	static JsonNode claims(String token) {
		return JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
	}
}
