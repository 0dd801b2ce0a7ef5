package dev.plaza.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.List;

import dev.plaza.platform.ServiceCalls;
import dev.plaza.support.PlazaClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends generated requests as the caller each operation is meant for: the tenant itself; the platform
 * administrator for the operator's operations (acting on the tenant's ids); the services client, naming the
 * tenant, for the internal ones.
 */
final class Sender {

	/** Paths that are the platform operator's, for a document that states no scopes. */
	private static final List<String> OPERATOR_PATHS = List.of("/api/v1/organizations", "/api/v1/tenants/",
			"/api/v1/search/index");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

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
			HttpResponse<String> response = this.http.send(http.build(), HttpResponse.BodyHandlers.ofString());
			return new Exchange(caller, endpoint.method(), request.pathAndQuery(), body, request.invalid(),
					response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body(),
					undescribed(endpoint, request, response));
		}
		catch (IOException ex) {
			return new Exchange(caller, endpoint.method(), request.pathAndQuery(), body, request.invalid(), 0, null,
					"no answer: " + ex, List.of());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What the published document says is wrong with the answer (the contract check every test runs); sent here
	 * rather than through {@link PlazaClient#send}, which fails at the first mismatch, so one run collects them all.
	 */
	private List<String> undescribed(Endpoint endpoint, GeneratedRequest request, HttpResponse<String> response) {
		String path = URI.create(request.pathAndQuery()).getRawPath();
		if (!path.startsWith("/api/")) {
			return List.of();
		}
		return plaza.contract().violations(endpoint.method(), path, response.statusCode(), response.headers().map(),
				response.body());
	}

	private static boolean isOperators(Endpoint endpoint) {
		return endpoint.isOperatorsAlone() || (endpoint.security().isEmpty()
				&& OPERATOR_PATHS.stream().anyMatch(prefix -> endpoint.path().startsWith(prefix)));
	}
}
