package dev.plaza.fuzz;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.List;

import dev.plaza.platform.ServiceCalls;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends generated requests as the caller each operation is meant for: the tenant itself; the platform
 * administrator for the operator's operations (acting on the tenant's ids); the services client, naming the
 * tenant, for the internal ones.
 */
final class Sender {

	/** Paths that are the platform operator's while the document does not say so through scopes. */
	private static final List<String> OPERATOR_PATHS = List.of("/api/v1/organizations", "/api/v1/tenants/",
			"/api/v1/search/index");

	private static final String ADMIN_SCOPE = "platform:admin";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PlazaClient plaza;

	private final String admin;

	private final String services;

	Sender(PlazaClient plaza, String admin) {
		this.plaza = plaza;
		this.admin = admin;
		this.services = plaza.token(ServiceCalls.CLIENT_ID, PlazaClient.SERVICES_SECRET);
	}

	/** Whether the operation is the services' own: they act for any tenant they name, by design. */
	static boolean isInternal(Endpoint endpoint) {
		return endpoint.path().startsWith(ServiceCalls.PATH_PREFIX);
	}

	Exchange send(Endpoint endpoint, GeneratedRequest request, FuzzTenant tenant) {
		return send(endpoint, request, tenant, false);
	}

	/** Sends with the tenant's own token whatever the operation: how the isolation check asks. */
	Exchange sendAsTenant(Endpoint endpoint, GeneratedRequest request, FuzzTenant tenant) {
		return send(endpoint, request, tenant, true);
	}

	private Exchange send(Endpoint endpoint, GeneratedRequest request, FuzzTenant tenant, boolean asTenant) {
		boolean internal = !asTenant && isInternal(endpoint);
		boolean operator = !asTenant && !internal && isOperators(endpoint);
		String token = internal ? services : operator ? admin : tenant.token();
		String caller = (internal ? "services client for " : operator ? "platform admin for " : "") + tenant.name();
		String body = request.body() == null ? null : JSON.writeValueAsString(request.body());
		HttpRequest.Builder http = HttpRequest.newBuilder(plaza.uri(request.pathAndQuery()))
			.timeout(Duration.ofSeconds(20))
			.header("Authorization", "Bearer " + token);
		if (internal) {
			http.header(ServiceCalls.TENANT_HEADER, tenant.tenantId());
		}
		if (body != null) {
			http.header("Content-Type", "application/json").method(endpoint.method(), BodyPublishers.ofString(body));
		}
		else if (endpoint.bodyType() != null) {
			// Bytes that are no image of the declared type: the upload must be refused, not fail.
			http.header("Content-Type", endpoint.bodyType()).method(endpoint.method(),
					BodyPublishers.ofByteArray("not an image".getBytes()));
			body = "(12 bytes declared as " + endpoint.bodyType() + ")";
		}
		else {
			http.method(endpoint.method(), BodyPublishers.noBody());
		}
		try {
			Response response = plaza.send(http);
			return new Exchange(caller, endpoint.method(), request.pathAndQuery(), body, request.invalid(),
					response.status(), response.header("Content-Type"), response.text());
		}
		catch (IllegalStateException ex) {
			return new Exchange(caller, endpoint.method(), request.pathAndQuery(), body, request.invalid(), 0, null,
					"no answer: " + ex.getCause());
		}
	}

	private static boolean isOperators(Endpoint endpoint) {
		return endpoint.scopes().contains(ADMIN_SCOPE)
				|| OPERATOR_PATHS.stream().anyMatch(prefix -> endpoint.path().startsWith(prefix));
	}
}
