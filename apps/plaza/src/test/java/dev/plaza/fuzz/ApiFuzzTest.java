package dev.plaza.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.random.RandomGenerator;

import dev.plaza.platform.ServiceCalls;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives every operation of the published API document with generated requests, valid and broken, as two
 * tenants (as the platform administrator where an operation is the operator's, and as the services client
 * acting for the tenant on the internal operations), and holds Plaza to the
 * promises issue 13 found broken: no 5xx ever; every 4xx a complete {@code application/problem+json}; no
 * request that breaks the document accepted; no tenant seeing another's objects by id or in a list.
 * <p>
 * Generation is seeded ({@link FuzzSettings}): a failure prints the seed and the exact requests, and
 * {@code -Dplaza.fuzz.seed=…} replays it. Every failing request is collected before the test fails, so one
 * run lists every defect it found, grouped by the rule broken.
 */
@PlazaTest
class ApiFuzzTest {

	/** Operations the loop calls at most once, with why: repeating them would burden other tests sharing the app. */
	private static final Map<String, String> ONCE = Map.of(
			"POST /api/v1/search/index/rebuild",
			"rebuilds the whole platform's search index, which every other test's searches read",
			"POST /api/v1/showtimes/search/rebuild",
			"rebuilds the tenant's whole search index; a loop would only repeat the same work");

	/** Operations the test never calls, with why. None today: add here only what would break the shared app. */
	private static final Map<String, String> SKIPPED = Map.of();

	/** Paths that are the platform operator's: the loop calls them with the administrator's token. */
	private static final List<String> OPERATOR_PATHS = List.of("/api/v1/organizations", "/api/v1/tenants/",
			"/api/v1/search/index");

	private static final String ADMIN_SCOPE = "platform:admin";

	private static final List<String> DEFAULT_TENANT_SCOPES = List.of("tenant:read", "ledger:read", "ledger:write",
			"catalog:write", "reservations:write", "payments:read", "payments:write", "notifications:read",
			"notifications:write", "orders:read", "orders:write");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	PlazaClient plaza;

	private final Findings findings = new Findings();

	/** How many answers of each status class valid and broken requests got: shows the generator reaches past 4xx. */
	private final Map<String, Integer> tally = new TreeMap<>();

	/** Per operation, how often a valid request was refused and the first refusal: where generation falls short. */
	private final Map<String, String> refusedValid = new TreeMap<>();

	/** The collections whose objects the isolation check offered the other tenant by id. */
	private final Set<String> probed = new TreeSet<>();

	private String admin;

	/** The token Plaza's services call each other with: the internal operations take only this one. */
	private String services;

	@Test
	void everyOperationAnswersGeneratedInputTruthfullyAndKeepsTenantsApart() {
		FuzzSettings settings = FuzzSettings.fromSystemProperties();
		RandomGenerator random = new SplittableRandom(settings.seed());
		ApiDocument document = ApiDocument.parse(plaza.get("/v3/api-docs", null).text());
		admin = plaza.adminToken();
		services = plaza.token(ServiceCalls.CLIENT_ID, PlazaClient.SERVICES_SECRET);
		FuzzTenant a = tenant("tenant A", document);
		FuzzTenant b = tenant("tenant B", document);
		Fixtures.create(plaza, a);
		Fixtures.create(plaza, b);
		List<Endpoint> endpoints = inCallOrder(document.endpoints());

		GeneratedRequest.Maker maker = new GeneratedRequest.Maker(document, random);
		int requests = fuzz(endpoints, List.of(a, b), maker, settings);
		int checks = keptApart(endpoints, a, b, maker) + keptApart(endpoints, b, a, maker);

		String summary = "%d generated requests over %d operations (answers: %s), %d isolation checks; ids created: %s %s, %s %s"
			.formatted(requests, endpoints.size(), tally, checks, a.name(), a.ids().count(), b.name(), b.ids().count());
		Reports.write("api-fuzz.txt", summary + "\n" + findings.report(settings) + "\n== valid requests refused (first answer)\n"
				+ String.join("\n", refusedValid.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
		assertThat(probed).as("the isolation check offered the fixtures' objects by id").containsAll(Fixtures.COLLECTIONS);
		assertThat(findings.isEmpty()).as(() -> summary + ":\n" + findings.report(settings)).isTrue();
	}

	/** Creates first, so later operations find ids to use; then the rest in the document's order. */
	private static List<Endpoint> inCallOrder(List<Endpoint> endpoints) {
		return endpoints.stream()
			.sorted(Comparator.comparing((Endpoint e) -> !(e.method().equals("POST") && e.pathParameters().isEmpty())))
			.toList();
	}

	/**
	 * Rounds over every operation until the tries or the time budget run out: valid as A, valid as B, broken
	 * as A, broken as B; so a smaller budget still reaches every operation.
	 */
	private int fuzz(List<Endpoint> endpoints, List<FuzzTenant> tenants, GeneratedRequest.Maker maker,
			FuzzSettings settings) {
		Instant deadline = Instant.now().plus(settings.budget());
		int requests = 0;
		for (int round = 0; round < settings.tries() && Instant.now().isBefore(deadline); round++) {
			FuzzTenant tenant = tenants.get(round % 2);
			boolean broken = round % 4 >= 2;
			for (Endpoint endpoint : endpoints) {
				if (SKIPPED.containsKey(endpoint.name()) || (ONCE.containsKey(endpoint.name()) && round > 0)) {
					continue;
				}
				GeneratedRequest request = maker.make(endpoint, tenant, broken);
				Exchange exchange = send(endpoint, request, tenant);
				requests++;
				tally.merge((request.invalid() == null ? "valid " : "broken ") + exchange.status() / 100 + "xx", 1,
						Integer::sum);
				AnswerRules.judge(endpoint, exchange, findings);
				if (request.invalid() == null && exchange.status() / 100 == 4) {
					refusedValid.merge(endpoint.name(), exchange.status() + " " + exchange.answer(), (first, next) -> first);
				}
				if (exchange.status() / 100 == 2 && request.invalid() == null) {
					remember(endpoint, exchange, tenant);
				}
			}
		}
		return requests;
	}

	private Exchange send(Endpoint endpoint, GeneratedRequest request, FuzzTenant tenant) {
		boolean internal = endpoint.path().startsWith(ServiceCalls.PATH_PREFIX);
		boolean operator = !internal && isOperators(endpoint);
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

	private boolean isOperators(Endpoint endpoint) {
		return endpoint.scopes().contains(ADMIN_SCOPE)
				|| OPERATOR_PATHS.stream().anyMatch(prefix -> endpoint.path().startsWith(prefix));
	}

	/** Ids a successful request created, by the collection it created them in. */
	private static void remember(Endpoint endpoint, Exchange exchange, FuzzTenant tenant) {
		if (!endpoint.method().equals("POST") && !endpoint.method().equals("PUT")) {
			return;
		}
		JsonNode answer;
		try {
			answer = JSON.readTree(exchange.answer());
		}
		catch (RuntimeException ex) {
			return;
		}
		for (JsonNode created : answer.isArray() ? answer : List.of(answer)) {
			if (created.path("id").isString()) {
				tenant.ids().add(endpoint.createdCollection(), created.path("id").asString());
			}
		}
	}

	/**
	 * The other tenant asks for each of the owner's objects by id and gets exactly what it gets for an id that
	 * exists nowhere; the other tenant's lists name none of the owner's ids.
	 */
	private int keptApart(List<Endpoint> endpoints, FuzzTenant owner, FuzzTenant other, GeneratedRequest.Maker maker) {
		int checks = 0;
		Set<String> ownersIds = new LinkedHashSet<>(owner.ids().all());
		ownersIds.add(owner.tenantId());
		ownersIds.add(owner.organizationId());
		for (Endpoint endpoint : endpoints) {
			if (!endpoint.isRead()) {
				continue;
			}
			String query = maker.requiredQuery(endpoint, other);
			List<Parameter> ids = endpoint.pathParameters();
			if (ids.isEmpty() || (ids.size() == 1 && other.ownsTenantParameter(ids.getFirst().getName()))) {
				String path = ids.isEmpty() ? endpoint.path()
						: endpoint.path().replace("{" + ids.getFirst().getName() + "}", other.tenantId());
				Exchange list = get(endpoint, path + query, other);
				checks++;
				ownersIds.stream().filter(id -> list.answer() != null && list.answer().contains(id)).findFirst()
					.ifPresent(id -> findings.add("another tenant's id in a list", endpoint.name(), list,
							other.name() + " sees " + owner.name() + "'s " + id));
			}
			if (ids.size() != 1) {
				continue;
			}
			String name = ids.getFirst().getName();
			List<String> candidates = other.ownsTenantParameter(name) ? List.of(owner.tenantId())
					: owner.ids().in(endpoint.collectionOf(name)).stream().limit(3).toList();
			for (String id : candidates) {
				String path = endpoint.path().replace("{" + name + "}", id) + query;
				// An object its owner cannot read (deleted by a generated request, say) proves nothing about isolation.
				if (get(endpoint, path, owner).status() / 100 != 2) {
					continue;
				}
				probed.add(endpoint.collectionOf(name));
				Exchange foreign = get(endpoint, path, other);
				Exchange missing = get(endpoint,
						endpoint.path().replace("{" + name + "}", UUID.randomUUID().toString()) + query, other);
				checks++;
				if (foreign.status() / 100 == 2 || foreign.status() != missing.status()
						|| !problemType(foreign).equals(problemType(missing))) {
					findings.add("another tenant's object answers unlike a missing one", endpoint.name(), foreign,
							other.name() + " asked for " + owner.name() + "'s " + id + "; a missing id answers "
									+ missing.status() + " " + problemType(missing));
				}
			}
		}
		return checks;
	}

	private Exchange get(Endpoint endpoint, String path, FuzzTenant caller) {
		Response response = plaza.get(path, caller.token());
		return new Exchange(caller.name(), "GET", path, null, null, response.status(), response.header("Content-Type"),
				response.text());
	}

	private static String problemType(Exchange exchange) {
		try {
			return JSON.readTree(exchange.answer()).path("type").asString("");
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

	/** A new organization's demo tenant with a client holding every scope a tenant may be granted. */
	private FuzzTenant tenant(String name, ApiDocument document) {
		JsonNode organization = plaza.newOrganization(admin);
		String tenantId = organization.get("tenants").get(0).get("id").asString();
		List<String> scopes = document.scopes().stream().filter(scope -> !scope.startsWith("platform:")).toList();
		PlazaClient.TenantCaller caller;
		try {
			caller = plaza.tenantCaller(admin, tenantId, (scopes.isEmpty() ? DEFAULT_TENANT_SCOPES : scopes)
				.toArray(String[]::new));
		}
		catch (IllegalStateException ex) {
			// The document may name scopes a tenant's client cannot hold; the configured tenant scopes it can.
			caller = plaza.tenantCaller(admin, tenantId, DEFAULT_TENANT_SCOPES.toArray(String[]::new));
		}
		return new FuzzTenant(name, tenantId, organization.get("id").asString(), caller.token(), new KnownIds());
	}
}
