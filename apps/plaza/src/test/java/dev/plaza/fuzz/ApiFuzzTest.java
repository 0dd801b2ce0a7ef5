package dev.plaza.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives every operation of the published API documents ({@code /v3/api-docs} and the internal group) with
 * generated requests, valid and broken, as two
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

	/** Where the interfaces Plaza's services call each other through are described, apart from the public API. */
	private static final String INTERNAL_DOCUMENT = "/v3/api-docs/internal";

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


	private String admin;

	private Sender sender;

	@Test
	void everyOperationAnswersGeneratedInputTruthfullyAndKeepsTenantsApart() {
		FuzzSettings settings = FuzzSettings.fromSystemProperties();
		Reports.write("api-fuzz.txt", "The fuzz test did not finish: see its failure.");
		RandomGenerator random = new SplittableRandom(settings.seed());
		ApiDocument document = ApiDocument.parse(plaza.get("/v3/api-docs", null).text());
		Response internal = plaza.get(INTERNAL_DOCUMENT, null);
		admin = plaza.adminToken();
		sender = new Sender(plaza, admin);
		FuzzTenant a = tenant("tenant A", document);
		FuzzTenant b = tenant("tenant B", document);
		Map<String, Endpoint> byName = new LinkedHashMap<>();
		document.endpoints().forEach(endpoint -> byName.put(endpoint.name(), endpoint));
		List<Endpoint> internalEndpoints = internal.status() == 200 ? ApiDocument.parse(internal.text()).endpoints() : List.of();
		internalEndpoints.forEach(endpoint -> byName.putIfAbsent(endpoint.name(), endpoint));
		List<Endpoint> endpoints = inCallOrder(List.copyOf(byName.values()));
		Fixtures fixtures = new Fixtures(sender, endpoints, findings);
		fixtures.create(a);
		fixtures.create(b);

		GeneratedRequest.Maker maker = new GeneratedRequest.Maker(random);
		int requests = fuzz(endpoints, List.of(a, b), maker, settings);
		Isolation isolation = new Isolation(sender, maker, findings);
		isolation.check(endpoints, a, b);
		isolation.check(endpoints, b, a);

		String summary = ("%d generated requests over %d operations (%d public, %d internal; %s answered %d listing %d)"
				+ " (answers: %s), %d isolation checks; ids created: %s %s, %s %s")
			.formatted(requests, endpoints.size(), document.endpoints().size(), endpoints.size() - document.endpoints().size(),
					INTERNAL_DOCUMENT, internal.status(), internalEndpoints.size(), tally, isolation.checks(), a.name(), a.ids().count(), b.name(), b.ids().count());
		Reports.write("api-fuzz.txt", summary + "\n" + findings.report(settings) + "\n== valid requests refused (first answer)\n"
				+ String.join("\n", refusedValid.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
		assertThat(isolation.probed()).as("the isolation check offered the fixtures' objects by id").containsAll(Fixtures.COLLECTIONS);
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
				Exchange exchange = sender.send(endpoint, request, tenant);
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
