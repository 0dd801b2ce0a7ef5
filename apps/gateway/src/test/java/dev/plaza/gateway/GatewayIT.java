package dev.plaza.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6: the gateway in front of the real all-in-one Plaza (its assembled jar in its own process) and a
 * recording probe service, everything called over HTTP through the gateway as a partner would.
 */
class GatewayIT {

	private static final PlazaUpstream plaza = new PlazaUpstream();

	private static ProbeUpstream probe;

	private static ConfigurableApplicationContext gateway;

	private static final TestTokens trusted = new TestTokens("gateway-test");

	private static final TestTokens forger = new TestTokens("plaza-1");

	private static Http client;

	private static String adminToken;

	@BeforeAll
	static void start() throws Exception {
		plaza.start();
		probe = new ProbeUpstream();
		// The gateway trusts Plaza's keys and, so that the test can sign expired tokens, one of its own.
		probe.serveKeys(trusted.alongside(new Http(plaza.base()).get("/oauth2/jwks", null).body()));
		gateway = new SpringApplicationBuilder(GatewayApplication.class).run("--server.port=0",
				"--plaza.gateway.upstreams.plaza=" + plaza.base(),
				"--plaza.gateway.jwk-set-uri=" + probe.base().resolve("/jwks"),
				// Whatever no route names goes to the probe, so the test sees what the gateway forwards.
				"--plaza.gateway.upstreams.identity=" + plaza.base(), "--plaza.gateway.upstreams.catalog=" + plaza.base(),
				"--plaza.gateway.upstreams.commerce=" + plaza.base(), "--plaza.gateway.default-service=probe",
				"--plaza.gateway.upstreams.probe=" + probe.base(),
				"--plaza.gateway.routes.probe=/api/v1/probe/**",
				// The ledger has two instances, one of them down: reads must not notice.
				"--plaza.gateway.upstreams.ledger=http://127.0.0.1:" + Ports.free() + "," + probe.base(),
				// Inside the probe's paths, a more specific route to a service that is down.
				"--plaza.gateway.upstreams.gone=http://127.0.0.1:" + Ports.free(),
				"--plaza.gateway.routes.gone=/api/v1/probe/gone/**",
				"--plaza.gateway.max-request-body=64KB",
				// Long enough for a cold Plaza on a busy machine, well short of the slow probe's 10 s.
				"--plaza.gateway.response-timeout=5s",
				"--plaza.gateway.rate-limit.per-second=5",
				"--plaza.gateway.rate-limit.burst=20");
		int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
		client = new Http(URI.create("http://127.0.0.1:" + port));
		adminToken = client.token("plaza-admin", PlazaUpstream.ADMIN_SECRET);
	}

	@AfterAll
	static void stop() throws Exception {
		if (gateway != null) {
			gateway.close();
		}
		if (probe != null) {
			probe.close();
		}
		plaza.close();
	}

	@Test
	void anAdministratorGetsATokenAndOpensAnOrganizationThroughTheGateway() {
		String key = UUID.randomUUID().toString();
		String slug = "gw-" + key.substring(0, 8);
		String body = "{\"slug\": \"" + slug + "\", \"name\": \"Through the gateway\"}";

		Http.Response created = client.postJson("/api/v1/organizations", adminToken, body, "Idempotency-Key", key);
		Http.Response replayed = client.postJson("/api/v1/organizations", adminToken, body, "Idempotency-Key", key);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode organization = created.json();
		Http.Response read = client.get("/api/v1/organizations/" + organization.get("id").asString(), adminToken);

		assertThat(created.header("X-Request-Id")).isNotBlank();
		assertThat(replayed.json().get("id")).isEqualTo(organization.get("id"));
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("slug").asString()).isEqualTo(slug);
		assertThat(read.json().get("tenants")).hasSize(3);
	}

	@Test
	void requestsWithoutAValidTokenAreRefusedAtTheEdgeAndNeverReachTheService() {
		String expired = trusted.token("expired-client", Instant.now().minus(Duration.ofHours(1)));
		String forged = forger.token("plaza-admin", Instant.now().plus(Duration.ofMinutes(10)));
		String tampered = adminToken.substring(0, adminToken.lastIndexOf('.') - 4) + "AAAA"
				+ adminToken.substring(adminToken.lastIndexOf('.'));

		List<Http.Response> refused = new ArrayList<>();
		for (String token : new String[] { null, expired, forged, tampered }) {
			refused.add(client.get("/api/v1/probe/secrets", token));
		}
		Http.Response valid = client.get("/api/v1/probe/secrets",
				trusted.token("valid-client", Instant.now().plus(Duration.ofMinutes(10))));

		assertThat(refused).allSatisfy(answer -> {
			assertThat(answer.status()).isEqualTo(401);
			assertThat(answer.contentType()).isEqualTo("application/problem+json");
			assertThat(answer.problemType()).isEqualTo("unauthorized");
			assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
		});
		assertThat(refused.get(1).json().get("detail").asString()).contains("expired").contains("POST /oauth2/token");
		assertThat(valid.status()).isEqualTo(200);
		assertThat(probe.received("/api/v1/probe/secrets")).hasSize(1);
	}

	@Test
	void theGatewaysRefusalHasTheShapeOfPlazasOwn() {
		JsonNode direct = new Http(plaza.base()).get("/api/v1/tenant", null).json();
		JsonNode atTheEdge = client.get("/api/v1/tenant", null).json();

		assertThat(atTheEdge.propertyNames()).containsExactlyElementsOf(direct.propertyNames());
		assertThat(atTheEdge.get("type")).isEqualTo(direct.get("type"));
		assertThat(atTheEdge.get("title")).isEqualTo(direct.get("title"));
	}

	/**
	 * Issue 13, item 6: Tomcat and Spring read path parameters, encodings and dot segments their own way
	 * ({@code /x/..;/internal/v1} is {@code /internal/v1} to Tomcat), so each spelling is refused, not forwarded.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/internal/v1/tenancy/tenants", "/internal", "/internal;x/v1/tenancy/tenants",
			"/internal;jsessionid=1/v1", "/internal%3Bx/v1/tenancy/tenants", "/internal%3bx/v1", "/internal%2Fv1/tenancy",
			"/internal%2fv1", "/%69nternal/v1/tenancy/tenants", "/%2569nternal/v1/tenancy/tenants",
			"//internal/v1/ledger/transfers", "/./internal/v1/tenancy/tenants", "/%2e/internal/v1/tenancy/tenants",
			"/api/%2E%2E/internal/v1/tenancy/tenants", "/api/..;/internal/v1/tenancy/tenants",
			"/api/.;/../internal/v1/tenancy/tenants", "/.;/internal/v1/tenancy/tenants",
			"/api/v1/probe/%2e%2e%2f%2e%2e%2f%2e%2e/internal/v1" })
	void theInterfacesTheServicesServeEachOtherAreNotForwardedHoweverSpelt(String path) {
		int before = probe.received("").size();

		String answer = client.raw(path);

		assertThat(answer).startsWith("HTTP/1.1 404 ")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"type\":\"https://plaza.dev/problems/not-found\"")
			.contains("/api/v1");
		assertThat(probe.received("")).as("forwarded").hasSize(before);
	}

	/** Spring Security's firewall refuses these; before, the refusal was forwarded to a service as /error. */
	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/probe/x;y", "/api/v1/probe%3Bx", "/api/v1/probe//x", "/api/v1/probe/./x",
			"/api/v1/probe%2Fx", "/api/v1/probe/%2e%2e/probe/x", "/api/v1/probe/%25" })
	void pathsServersReadDifferentlyAreRefusedAsAProblemNotForwarded(String path) {
		int before = probe.received("").size();

		String answer = client.raw(path);

		assertThat(answer).startsWith("HTTP/1.1 400 ")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"type\":\"https://plaza.dev/problems/invalid-path\"");
		assertThat(probe.received("")).as("forwarded").hasSize(before);
	}

	/** Tomcat refuses these before the gateway sees them; it used to answer with its HTML page. */
	@ParameterizedTest
	@ValueSource(strings = { "/internal\\v1/tenancy/tenants", "/internal%5Cv1", "/../internal/v1/tenancy/tenants",
			"/internal%00/v1" })
	void pathsTomcatCannotReadAreRefusedAsAProblemNotForwarded(String path) {
		int before = probe.received("").size();

		String answer = client.raw(path);

		assertThat(answer).startsWith("HTTP/1.1 400 ")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"type\":\"https://plaza.dev/problems/malformed-request\"");
		assertThat(probe.received("")).as("forwarded").hasSize(before);
	}

	@Test
	void pathsThatOnlyLookLikeTheInternalOnesAreForwarded() {
		List<String> paths = List.of("/INTERNAL/v1/tenancy/tenants", "/internals/v1", "/v1/internal/notes");

		for (String path : paths) {
			assertThat(client.raw(path)).as(path).startsWith("HTTP/1.1 ");
		}
		assertThat(probe.received("")).map(ProbeUpstream.Received::path).containsSubsequence(paths);
	}

	@Test
	void theServiceGetsTheCallersHeadersAndTheClientsAddress() {
		String token = trusted.token("headers-client", Instant.now().plus(Duration.ofMinutes(10)));

		Http.Response answer = client.send(client.request("/api/v1/probe/headers", token)
			.header("Idempotency-Key", "key-42")
			.header("X-Request-Id", "req-42")
			.header("X-Forwarded-For", "198.51.100.23")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));

		ProbeUpstream.Received received = probe.received("/api/v1/probe/headers").getFirst();
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("X-Request-Id")).isEqualTo("req-42");
		assertThat(received.headers().getFirst("Authorization")).isEqualTo("Bearer " + token);
		assertThat(received.headers().getFirst("Idempotency-Key")).isEqualTo("key-42");
		assertThat(received.headers().getFirst("X-Request-Id")).isEqualTo("req-42");
		assertThat(received.headers().getFirst("X-Forwarded-For")).isEqualTo("198.51.100.23");
		assertThat(received.headers().getFirst("X-Forwarded-Proto")).isEqualTo("http");
		assertThat(received.headers()).doesNotContainKey("Upgrade");
	}

	@Test
	void aBodyOverTheLimitIsRefusedWith413() {
		String token = trusted.token("upload-client", Instant.now().plus(Duration.ofMinutes(10)));
		byte[] tooLarge = new byte[65 * 1024];

		Http.Response declared = client.send(client.request("/api/v1/probe/upload", token)
			.POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge)));
		Http.Response chunked = client.send(client.request("/api/v1/probe/chunked", token)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))));
		Http.Response fits = client.send(client.request("/api/v1/probe/upload", token)
			.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[60 * 1024])));

		assertThat(List.of(declared, chunked)).allSatisfy(answer -> {
			assertThat(answer.status()).isEqualTo(413);
			assertThat(answer.problemType()).isEqualTo("payload-too-large");
			assertThat(answer.json().get("detail").asString()).contains("65536 bytes");
		});
		assertThat(fits.status()).isEqualTo(200);
		assertThat(probe.received("/api/v1/probe/upload")).singleElement()
			.satisfies(received -> assertThat(received.bodyBytes()).isEqualTo(60 * 1024));
	}

	/**
	 * Onboarding's upload passes the gateway's ordinary limit on its way to the service, which reads it: a
	 * malformed file of 70 KB is the service's 400 naming the line, not the gateway's 413.
	 */
	@Test
	void anOnboardingUploadPassesTheOrdinaryLimitToTheService() {
		String header = "legalName,taxId,country,contactEmail,contactName,iban,address\n";
		String unclosedQuote = "\"Never Closed SL," + "x".repeat(70 * 1024) + "\n";

		Http.Response upload = client.send(client.request("/api/v1/onboarding/jobs", adminToken)
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(header + unclosedQuote)));

		assertThat(upload.status()).as(upload.body()).isEqualTo(400);
		assertThat(upload.problemType()).isEqualTo("malformed-upload");
	}

	@Test
	void aClientBeyondItsRateGets429WithRetryAfterWhileOthersGoOn() {
		String greedy = trusted.token("greedy-client", Instant.now().plus(Duration.ofMinutes(10)));
		String modest = trusted.token("modest-client", Instant.now().plus(Duration.ofMinutes(10)));

		List<Integer> statuses = new ArrayList<>();
		Http.Response limited = null;
		for (int i = 0; i < 30 && limited == null; i++) {
			Http.Response answer = client.get("/api/v1/probe/popular", greedy);
			statuses.add(answer.status());
			limited = answer.status() == 429 ? answer : null;
		}
		Http.Response other = client.get("/api/v1/probe/popular", modest);

		assertThat(statuses).startsWith(200, 200, 200).contains(429);
		assertThat(limited.problemType()).isEqualTo("rate-limited");
		assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 5L);
		assertThat(other.status()).isEqualTo(200);
	}

	@Test
	void aSlowServiceIsAnswered504WithinTheTimeout() {
		String token = trusted.token("patient-client", Instant.now().plus(Duration.ofMinutes(10)));
		Instant sent = Instant.now();

		Http.Response answer = client.get("/api/v1/probe/slow", token);

		assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(8));
		assertThat(answer.status()).isEqualTo(504);
		assertThat(answer.problemType()).isEqualTo("upstream-timeout");
		assertThat(answer.json().get("detail").asString()).contains("5000 ms");
	}

	@Test
	void anUnreachableServiceIsAnswered502() {
		Http.Response answer = client.get("/api/v1/probe/gone/anything", adminToken);

		assertThat(answer.status()).isEqualTo(502);
		assertThat(answer.contentType()).isEqualTo("application/problem+json");
		assertThat(answer.problemType()).isEqualTo("upstream-unreachable");
		assertThat(answer.json().get("detail").asString()).contains("gone service");
		assertThat(probe.received("/api/v1/probe/gone")).isEmpty();
	}

	@Test
	void readsGoOnWhileOneInstanceOfAServiceIsDown() {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			statuses.add(client.get("/api/v1/ledger/accounts/" + UUID.randomUUID(), adminToken).status());
		}

		assertThat(statuses).containsOnly(200);
		assertThat(probe.received("/api/v1/ledger/accounts/")).hasSize(4);
	}

	@Test
	void aStorefrontVisitorSearchesWithoutAToken() {
		JsonNode organization = client
			.postJson("/api/v1/organizations", adminToken, "{\"slug\": \"gw-shop-" + UUID.randomUUID().toString()
				.substring(0, 8) + "\", \"name\": \"Cinema behind the gateway\"}")
			.json();
		String tenant = organization.get("tenants").get(0).get("id").asString();
		String domain = "cinema-" + tenant.substring(0, 8) + ".localhost";
		Http.Response mapped = client.send(client.request("/api/v1/tenants/" + tenant + "/domains/" + domain, adminToken)
			.PUT(HttpRequest.BodyPublishers.noBody()));

		Http.Response search = client.send(client.request("/api/v1/showtimes/search?q=matrix", null).header("Host", domain).GET());

		assertThat(mapped.status()).isEqualTo(201);
		assertThat(search.status()).isEqualTo(200);
		assertThat(search.json().get("total").asLong()).isZero();
		assertThat(search.header("Cache-Control")).contains("max-age=5");
	}
}
