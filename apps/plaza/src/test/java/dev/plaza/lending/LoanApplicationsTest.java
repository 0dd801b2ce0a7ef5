package dev.plaza.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.plaza.lending.application.ApplicationSubmitted;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An applicant applies once: on the marketplace the application reaches, as its own copy, every
 * participating lender of the applicant's country whose products fit, exactly once each; on a lender's
 * storefront it reaches that lender only. The applicant follows it at its status URL.
 */
@PlazaTest
class LoanApplicationsTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void aMarketplaceApplicationReachesEachParticipatingLenderWhoseProductsFitOnce() {
		Lenders lenders = new Lenders(plaza);
		TenantCaller cheap = lenders.lender("ES");
		String cheapsBest = lenders.productOf(cheap, Lenders.product("BEST", 900));
		lenders.productOf(cheap, Lenders.product("DEARER", 1400));
		Map<String, Object> short6 = Lenders.product("CHEAPER-BUT-SHORT", 500);
		short6.put("termsMonths", List.of(6));
		lenders.productOf(cheap, short6);
		lenders.participate(cheap.token(), true, List.of("ES"));
		TenantCaller portuguese = lenders.lender("PT");
		lenders.productOf(portuguese, Lenders.product("PT-24", 1100));
		lenders.participate(portuguese.token(), true, List.of("PT", "ES"));
		TenantCaller notParticipating = lenders.lender("ES");
		lenders.productOf(notParticipating, Lenders.product("ALONE", 1000));
		TenantCaller elsewhere = lenders.lender("ES");
		lenders.productOf(elsewhere, Lenders.product("PT-ONLY", 1000));
		lenders.participate(elsewhere.token(), true, List.of("PT"));
		TenantCaller marketplace = lenders.caller("lending:read", "lending:write");

		Response submitted = lenders.apply(marketplace.token(), Lenders.application("ES"));

		assertThat(submitted.status()).isEqualTo(201);
		String id = submitted.json().get("id").asString();
		assertThat(submitted.header("Location")).isEqualTo("/api/v1/lending/applications/" + id);
		assertThat(submitted.json().get("status").asString()).isEqualTo("submitted");
		assertThat(submitted.json().get("currency").asString()).isEqualTo("EUR");
		List<String> mine = List.of(cheap.tenantId(), portuguese.tenantId(), notParticipating.tenantId(), elsewhere.tenantId());
		await().atMost(Duration.ofSeconds(10)).until(() -> decidingLenders(marketplace, id, mine).size() == 2);
		assertThat(decidingLenders(marketplace, id, mine)).containsExactlyInAnyOrder(cheap.tenantId(), portuguese.tenantId());
		JsonNode decision = decisionOf(plaza.get("/api/v1/lending/applications/" + id, marketplace.token()).json(),
				cheap.tenantId());
		assertThat(decision.get("status").asString()).as("received, or already decided")
			.isIn("received", "approved", "declined", "manual_review");
		assertThat(decision.get("lenderName").asString()).startsWith("Test org-");
		assertThat(copies(id)).containsEntry(cheap.tenantId(), 1L).containsEntry(portuguese.tenantId(), 1L);
		assertThat(productOfCopy(id, cheap.tenantId())).as("the lowest rate among the lender's fitting products")
			.isEqualTo(cheapsBest);
		assertThat(applicantOfCopy(id, portuguese.tenantId())).as("the copy carries the applicant for the lender to decide")
			.contains("12345678Z");
	}

	@Test
	void aRedeliveredSubmissionCreatesNoSecondCopy() {
		Lenders lenders = new Lenders(plaza);
		TenantCaller lender = lenders.lender("ES");
		lenders.productOf(lender, Lenders.product("ONCE", 1000));
		lenders.participate(lender.token(), true, List.of("ES"));
		TenantCaller marketplace = lenders.caller("lending:write");
		String id = lenders.apply(marketplace.token(), Lenders.application("ES")).json().get("id").asString();
		await().atMost(Duration.ofSeconds(10)).until(() -> copies(id).containsKey(lender.tenantId()));
		Map<String, Long> before = copies(id);

		transactions.executeWithoutResult(status -> events.publishEvent(new ApplicationSubmitted(
				TenantId.of(marketplace.tenantId()), new LoanApplicationId(UUID.fromString(id)))));

		await().atMost(Duration.ofSeconds(10)).until(() -> deliveriesCompleted(id) == 2);
		assertThat(copies(id)).isEqualTo(before).containsEntry(lender.tenantId(), 1L);
	}

	@Test
	void aStorefrontApplicationGoesToThatLenderOnlyWithoutAToken() {
		Lenders lenders = new Lenders(plaza);
		TenantCaller lender = lenders.lender("ES");
		lenders.productOf(lender, Lenders.product("SHOP", 1000));
		String domain = plaza.serveStorefrontAt(lender.tenantId(), "loans-" + UUID.randomUUID().toString().substring(0, 8)
				+ ".localhost");
		TenantCaller rival = lenders.lender("ES");
		lenders.productOf(rival, Lenders.product("RIVAL", 500));
		lenders.participate(rival.token(), true, List.of("ES"));
		Map<String, Object> application = Lenders.application(null);
		application.remove("consentToShare");

		Response submitted = lenders.applyAt(domain, application);

		assertThat(submitted.status()).isEqualTo(201);
		assertThat(submitted.json().get("country").asString()).as("the lender's").isEqualTo("ES");
		assertThat(submitted.json().get("channel").asString()).isEqualTo("storefront");
		String path = submitted.header("Location");
		await().atMost(Duration.ofSeconds(10)).until(() -> !plaza.getAt(domain, path, null).json().get("decisions").isEmpty());
		JsonNode followed = plaza.getAt(domain, path, null).json();
		assertThat(followed.get("decisions").valueStream().map(decision -> decision.get("lender").asString()))
			.containsExactly(lender.tenantId());
		assertThat(copies(submitted.json().get("id").asString())).containsOnlyKeys(lender.tenantId());
		assertThat(plaza.get(path, lender.token()).status()).as("the lender's own staff see it too").isEqualTo(200);
		assertThat(plaza.get(path, rival.token()).status()).as("another lender does not").isEqualTo(404);
	}

	@Test
	void anApplicationNoLendersProductFitsIsDeclinedSayingSo() {
		Lenders lenders = new Lenders(plaza);
		TenantCaller lender = lenders.lender("ES");
		Map<String, Object> small = Lenders.product("SMALL", 1000);
		small.put("maxAmount", 200_000);
		lenders.productOf(lender, small);
		String domain = plaza.serveStorefrontAt(lender.tenantId(), "small-" + UUID.randomUUID().toString().substring(0, 8)
				+ ".localhost");

		Response submitted = lenders.applyAt(domain, Lenders.application("ES"));

		String path = submitted.header("Location");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> "declined".equals(plaza.getAt(domain, path, null).json().get("status").asString()));
		JsonNode declined = plaza.getAt(domain, path, null).json();
		assertThat(declined.get("decisions")).isEmpty();
		assertThat(declined.get("reasons").get(0).asString()).contains("No lender offers a loan of 500000 EUR");
	}

	@Test
	void theApplicantIsRecognisedButTheirPersonalDataIsNotEchoed() {
		Lenders lenders = new Lenders(plaza);
		TenantCaller marketplace = lenders.caller("lending:write");
		Map<String, Object> application = Lenders.application("PT");

		Response submitted = lenders.apply(marketplace.token(), application);

		assertThat(submitted.json().get("applicant").get("name").asString()).isEqualTo("Lucía Martín");
		assertThat(submitted.json().get("applicant").get("email").asString()).endsWith("@example.com");
		assertThat(submitted.text()).doesNotContain("12345678Z").doesNotContain("Calle Mayor").doesNotContain("260000");
	}

	@Test
	void aRetriedSubmissionWithTheSameIdempotencyKeyIsOneApplication() {
		Lenders lenders = new Lenders(plaza);
		TenantCaller marketplace = lenders.caller("lending:write");
		String body = Lenders.JSON.writeValueAsString(Lenders.application("ES"));
		String key = UUID.randomUUID().toString();

		Response first = plaza.postJson("/api/v1/lending/applications", marketplace.token(), body, "Idempotency-Key", key);
		Response retried = plaza.postJson("/api/v1/lending/applications", marketplace.token(), body, "Idempotency-Key", key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(retried.status()).isEqualTo(201);
		assertThat(retried.header("Idempotency-Replayed")).isEqualTo("true");
		assertThat(retried.json().get("id")).isEqualTo(first.json().get("id"));
	}

	@Test
	void aMarketplaceApplicationWithoutConsentToShareIsRefused() {
		Lenders lenders = new Lenders(plaza);
		TenantCaller marketplace = lenders.caller("lending:write");
		Map<String, Object> application = Lenders.application("ES");
		application.put("consentToShare", false);

		Response refused = lenders.apply(marketplace.token(), application);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("consent-required");
		assertThat(refused.json().get("detail").asString()).contains("shared").contains("lenders whose products fit");
	}

	@Test
	void badInputIsRefusedFieldByFieldAsAProblem() {
		Lenders lenders = new Lenders(plaza);
		TenantCaller marketplace = lenders.caller("lending:write");
		Map<String, Object> application = Lenders.application(null);
		@SuppressWarnings("unchecked")
		Map<String, Object> applicant = (Map<String, Object>) application.get("applicant");
		applicant.put("dateOfBirth", "14/03/1988");
		applicant.put("email", "not-an-address");
		applicant.put("employment", "astronaut");
		application.put("termMonths", 0);

		Response refused = lenders.apply(marketplace.token(), application);
		Response unknownField = plaza.postJson("/api/v1/lending/applications", marketplace.token(), "{\"amount\": 1, \"x\": 2}");
		Response noCountry = lenders.apply(marketplace.token(), Lenders.application(null));
		Response unsupported = lenders.apply(marketplace.token(), Lenders.application("US"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").valueStream().map(error -> error.get("field").asString()))
			.containsExactlyInAnyOrder("applicant.dateOfBirth", "applicant.email", "applicant.employment", "termMonths");
		assertThat(unknownField.status()).isEqualTo(400);
		assertThat(noCountry.status()).isEqualTo(400);
		assertThat(noCountry.json().get("errors").get(0).get("field").asString()).isEqualTo("country");
		assertThat(unsupported.status()).isEqualTo(422);
		assertThat(unsupported.problemType()).isEqualTo("unsupported-country");
	}

	@Test
	void withoutATokenOnlyAStorefrontDomainTakesApplications() {
		Lenders lenders = new Lenders(plaza);

		Response refused = lenders.applyAt("127.0.0.1", Lenders.application("ES"));

		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.problemType()).isEqualTo("unknown-storefront");
	}

	private List<String> decidingLenders(TenantCaller caller, String id, List<String> among) {
		return plaza.get("/api/v1/lending/applications/" + id, caller.token()).json().get("decisions").valueStream()
			.map(decision -> decision.get("lender").asString())
			.filter(among::contains)
			.toList();
	}

	private static JsonNode decisionOf(JsonNode application, String lender) {
		return application.get("decisions").valueStream()
			.filter(decision -> decision.get("lender").asString().equals(lender))
			.findFirst()
			.orElseThrow();
	}

	/** How many copies of the application each lender holds, read across lenders as the platform. */
	private Map<String, Long> copies(String application) {
		return asPlatform(() -> jdbc.sql("""
				SELECT tenant_id::text AS lender, count(*) AS copies FROM lending.lender_applications
				WHERE application_id = :id GROUP BY tenant_id""")
			.param("id", UUID.fromString(application))
			.query((rs, row) -> Map.entry(rs.getString("lender"), rs.getLong("copies")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
	}

	private String productOfCopy(String application, String lender) {
		return asPlatform(() -> jdbc.sql("SELECT product_id::text FROM lending.lender_applications "
				+ "WHERE application_id = :id AND tenant_id = :lender")
			.param("id", UUID.fromString(application))
			.param("lender", UUID.fromString(lender))
			.query(String.class)
			.single());
	}

	private String applicantOfCopy(String application, String lender) {
		return asPlatform(() -> jdbc.sql("SELECT applicant::text FROM lending.lender_applications "
				+ "WHERE application_id = :id AND tenant_id = :lender")
			.param("id", UUID.fromString(application))
			.param("lender", UUID.fromString(lender))
			.query(String.class)
			.single());
	}

	/** Deliveries of the application's submission the outbox records as completed. */
	private long deliveriesCompleted(String application) {
		return jdbc.sql("""
				SELECT count(*) FROM platform.event_publication
				WHERE event_type = :type AND serialized_event LIKE :id AND completion_date IS NOT NULL""")
			.param("type", ApplicationSubmitted.class.getName())
			.param("id", "%" + application + "%")
			.query(Long.class)
			.single();
	}

	private <T> T asPlatform(Supplier<T> read) {
		return TenantContext.callAs(TenantId.PLATFORM, () -> transactions.execute(status -> read.get()));
	}
}
