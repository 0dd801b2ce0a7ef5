package dev.plaza.audit;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tenant with one API client, calling the ledger (something to record) and reading its audit log. */
final class AuditCalls {

	static final String ACCOUNTS = "/api/v1/ledger/accounts";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final PlazaClient plaza;

	final String tenantId;

	final String clientId;

	final String token;

	private AuditCalls(PlazaClient plaza, String tenantId, String clientId, String token) {
		this.plaza = plaza;
		this.tenantId = tenantId;
		this.clientId = clientId;
		this.token = token;
	}

	/** A fresh organization's demo tenant with a client holding these scopes. */
	static AuditCalls newTenant(PlazaClient plaza, String... scopes) {
		String admin = plaza.adminToken();
		String tenantId = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		return clientOf(plaza, admin, tenantId, scopes);
	}

	/** Another client of the same tenant, with other scopes. */
	AuditCalls anotherClient(String... scopes) {
		return clientOf(plaza, plaza.adminToken(), tenantId, scopes);
	}

	private static AuditCalls clientOf(PlazaClient plaza, String admin, String tenantId, String... scopes) {
		Response client = plaza.postJson("/api/v1/tenants/" + tenantId + "/clients", admin,
				JSON.writeValueAsString(Map.of("name", "Audited client", "scopes", List.of(scopes))));
		if (client.status() != 201) {
			throw new IllegalStateException("Could not create a client: " + client.text());
		}
		String clientId = client.json().get("clientId").asString();
		return new AuditCalls(plaza, tenantId, clientId, plaza.token(clientId, client.json().get("clientSecret").asString()));
	}

	/** Opens an EUR account; answers the response. */
	Response openAccount(String... headers) {
		return plaza.postJson(ACCOUNTS, token, "{\"currency\":\"EUR\",\"code\":1}", headers);
	}

	Response get(String path) {
		return plaza.get(path, token);
	}

	/** The tenant's entries matching the query (such as {@code action=api.post}), newest first, following every cursor. */
	List<JsonNode> entries(String query) {
		List<JsonNode> entries = new ArrayList<>();
		String cursor = null;
		do {
			Response page = get("/api/v1/audit?limit=500" + (query.isEmpty() ? "" : "&" + query)
					+ (cursor == null ? "" : "&cursor=" + cursor));
			if (page.status() != 200) {
				throw new AssertionError("The audit log answered " + page.status() + ": " + page.text());
			}
			page.json().get("items").forEach(entries::add);
			cursor = page.json().has("nextCursor") ? page.json().get("nextCursor").asString() : null;
		}
		while (cursor != null);
		return entries;
	}

	JsonNode verification() {
		Response verification = get("/api/v1/audit/verification");
		if (verification.status() != 200) {
			throw new AssertionError("Verification answered " + verification.status() + ": " + verification.text());
		}
		return verification.json();
	}

	static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String newRequestId() {
		return "req-" + UUID.randomUUID();
	}

	/** A POST without any token. */
	Response anonymousPost(String path, String requestId) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri(path))
			.header("Content-Type", "application/json")
			.header("X-Request-Id", requestId)
			.POST(HttpRequest.BodyPublishers.ofString("{}")));
	}
}
