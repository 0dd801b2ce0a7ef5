package dev.plaza.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Lazy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to Plaza over real HTTP, as a partner would. */
@TestComponent
@Lazy
public class PlazaClient {

	public static final String ADMIN_SECRET = "test-admin-secret-0123456789";

	public static final String SERVICES_SECRET = "test-services-secret-0123456789";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final boolean checked;

	@Autowired
	public PlazaClient(@LocalServerPort int port) {
		this(URI.create("http://127.0.0.1:" + port));
	}

	/** A client of a whole Plaza, whose answers are checked against its API description. */
	public PlazaClient(URI base) {
		this(base, true);
	}

	private PlazaClient(URI base, boolean checked) {
		this.base = base.toString();
		this.checked = checked;
	}

	/**
	 * A client whose answers are not checked against an API description: for the scaled services,
	 * each of which describes only its own part of the API (the whole one is checked against the
	 * all-in-one app), and for ports that serve no API, such as a management port.
	 */
	public static PlazaClient unchecked(URI base) {
		return new PlazaClient(base, false);
	}

	public String adminToken() {
		return token("plaza-admin", ADMIN_SECRET);
	}

	public String token(String clientId, String secret) {
		Response response = send(HttpRequest.newBuilder(uri("/oauth2/token"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
		if (response.status() != 200) {
			throw new IllegalStateException("Token request failed: " + response.status() + " " + response.text());
		}
		return response.json().get("access_token").asString();
	}

	/** A new organization with a unique slug; answers its JSON. */
	public JsonNode newOrganization(String adminToken) {
		String slug = "org-" + UUID.randomUUID().toString().substring(0, 8);
		Response created = postJson("/api/v1/organizations", adminToken,
				"{\"slug\":\"" + slug + "\",\"name\":\"Test " + slug + "\"}");
		if (created.status() != 201) {
			throw new IllegalStateException("Could not create an organization: " + created.text());
		}
		return created.json();
	}

	/** A client of the organization's demo tenant with the given scopes; answers its token. */
	public TenantCaller tenantCaller(String adminToken, String tenantId, String... scopes) {
		Response client = postJson("/api/v1/tenants/" + tenantId + "/clients", adminToken,
				JSON.writeValueAsString(java.util.Map.of("name", "Test client", "scopes", List.of(scopes))));
		if (client.status() != 201) {
			throw new IllegalStateException("Could not create a client: " + client.text());
		}
		String token = token(client.json().get("clientId").asString(), client.json().get("clientSecret").asString());
		return new TenantCaller(tenantId, token);
	}

	/** Serves the tenant's storefront at the domain, as the platform operator does; answers the domain. */
	public String serveStorefrontAt(String tenantId, String domain) {
		Response mapped = send(authorized(HttpRequest.newBuilder(uri("/api/v1/tenants/" + tenantId + "/domains/" + domain)),
				adminToken())
			.PUT(HttpRequest.BodyPublishers.noBody()));
		if (mapped.status() != 201 && mapped.status() != 200) {
			throw new IllegalStateException("Could not map " + domain + ": " + mapped.text());
		}
		return domain;
	}

	public Response get(String path, String token) {
		return send(authorized(HttpRequest.newBuilder(uri(path)), token).GET());
	}

	/**
	 * A GET as a browser at the given host would send it (the test JVM allows setting {@code Host},
	 * see the surefire configuration); the connection still goes to this Plaza.
	 */
	public Response getAt(String host, String path, String token) {
		return send(authorized(HttpRequest.newBuilder(uri(path)), token).header("Host", host).GET());
	}

	public Response postJson(String path, String token, String body, String... headers) {
		return post(path, token, "application/json", body, headers);
	}

	public Response post(String path, String token, String contentType, String body, String... headers) {
		HttpRequest.Builder request = authorized(HttpRequest.newBuilder(uri(path)), token)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	/**
	 * Sends the request and answers the response, after checking that the response is one the
	 * published API description allows ({@link ApiContract}): a test whose request gets an answer
	 * the document does not describe fails here, naming the operation.
	 */
	public Response send(HttpRequest.Builder request) {
		try {
			HttpRequest sent = request.build();
			HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString());
			if (checked) {
				ApiContract.of(http, base).check(sent, response);
			}
			return new Response(response.statusCode(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The published API description this Plaza's answers are checked against. */
	public ApiContract contract() {
		return ApiContract.of(http, base);
	}

	public URI uri(String path) {
		return URI.create(base + path);
	}

	private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
		return token == null ? request : request.header("Authorization", "Bearer " + token);
	}

	public record TenantCaller(String tenantId, String token) {
	}

	public record Response(int status, HttpResponse<String> raw) {

		public String text() {
			return raw.body();
		}

		public JsonNode json() {
			return JSON.readTree(raw.body());
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		/** The problem type's last path segment, such as {@code not-found}. */
		public String problemType() {
			String type = json().get("type").asString();
			return type.substring(type.lastIndexOf('/') + 1);
		}
	}
}
