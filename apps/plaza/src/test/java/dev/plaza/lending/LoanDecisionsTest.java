package dev.plaza.lending;

import static dev.plaza.lending.DecisionCalls.applicant;
import static dev.plaza.lending.DecisionCalls.application;
import static dev.plaza.lending.DecisionCalls.decisionOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A lender decides each application it receives: its product's eligibility rules first, then the
 * credit bureau (the bundled SOAP simulator) and its credit policy. Approved means an offer with its
 * schedule and APR; declined comes with reasons the applicant is told; doubtful cases wait for an
 * operator, who approves (maybe on changed terms) or declines. The applications here are made on the
 * lender's own storefront, so that no other test's lender takes part.
 */
@PlazaTest
class LoanDecisionsTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	DecisionCalls calls;

	TenantCaller lender;

	String storefront;

	@BeforeEach
	void aSpanishLenderWithTheKnownProductOnItsOwnStorefront() {
		calls = new DecisionCalls(plaza);
		lender = calls.lenders.lender("ES");
		calls.lenders.productOf(lender, DecisionCalls.knownProduct("KNOWN"));
		storefront = calls.storefront(lender);
	}

	@Test
	void anApplicantTheEligibilityRulesRefuseIsDeclinedWithTheirReason() {
		Map<String, Object> unemployed = application("ES", 750);
		applicant(unemployed).put("employment", "unemployed");

		String id = calls.applyAt(storefront, unemployed);

		JsonNode settled = calls.settled(lender.token(), id);
		assertThat(settled.get("status").asString()).isEqualTo("declined");
		JsonNode decision = decisionOf(settled, lender.tenantId()).orElseThrow();
		assertThat(decision.get("status").asString()).isEqualTo("declined");
		assertThat(decision.get("reasons").valueStream().map(JsonNode::asString))
			.containsExactly("You need an income from work, a business or a pension to be offered a loan");
		assertThat(calls.offers(lender.token(), id)).isEmpty();
		assertThat(applicantKeptByTheLender(id)).as("a declined copy keeps no personal data").isNull();
	}

	@Test
	void aGoodCreditReportIsApprovedWithAnOfferOfTheKnownInstallmentAndApr() {
		String id = calls.applyAt(storefront, application("ES", 750));

		JsonNode offer = calls.offerOf(lender.token(), id, lender.tenantId());

		assertThat(offer.get("amount").asLong()).isEqualTo(1_000_000);
		assertThat(offer.get("termMonths").asInt()).isEqualTo(12);
		assertThat(offer.get("annualRateBasisPoints").asInt()).isEqualTo(1200);
		assertThat(offer.get("installment").asLong()).isEqualTo(88_849);
		assertThat(offer.get("aprBasisPoints").asInt()).isEqualTo(1268);
		assertThat(offer.get("lenderName").asString()).startsWith("Test org-");
		List<JsonNode> schedule = offer.get("schedule").valueStream().toList();
		assertThat(schedule).hasSize(12);
		assertThat(schedule.getFirst().get("number").asInt()).isEqualTo(1);
		assertThat(schedule.getFirst().get("interest").asLong()).isEqualTo(10_000);
		assertThat(schedule.getFirst().get("dueDate").asString())
			.isEqualTo(LocalDate.now(ZoneId.of("Europe/Madrid")).plusMonths(1).toString());
		long interest = schedule.stream().mapToLong(installment -> installment.get("interest").asLong()).sum();
		assertThat(offer.get("totalCost").asLong()).as("without a fee, the cost is the interest").isEqualTo(interest);
		assertThat(schedule.stream().mapToLong(installment -> installment.get("principal").asLong()).sum()).isEqualTo(1_000_000);
		JsonNode application = calls.application(lender.token(), id);
		assertThat(application.get("status").asString()).isEqualTo("offered");
		assertThat(decisionOf(application, lender.tenantId()).orElseThrow().get("status").asString()).isEqualTo("approved");
	}

	@Test
	void aBorderlineScoreWaitsForAnOperatorWhoApprovesOnChangedTerms() {
		String id = calls.applyAt(storefront, application("ES", 600));

		JsonNode review = calls.inReview(lender, id);

		assertThat(review.get("applicantName").asString()).isEqualTo("Lucía Martín");
		assertThat(review.get("amount").asLong()).isEqualTo(1_000_000);
		assertThat(review.get("creditReport").get("score").asInt()).isEqualTo(600);
		assertThat(review.get("reasons").get(0).get("code").asString()).isEqualTo("borderline_score");
		assertThat(calls.offers(lender.token(), id)).isEmpty();
		String path = "/api/v1/lending/reviews/" + review.get("id").asString();

		Response overCap = plaza.postJson(path + "/approve", lender.token(), """
				{"annualRateBasisPoints": 2500}""");
		Response approved = plaza.postJson(path + "/approve", lender.token(), """
				{"amount": 800000, "termMonths": 24}""");
		Response again = plaza.postJson(path + "/approve", lender.token(), "{}");

		assertThat(overCap.status()).as(overCap.text()).isEqualTo(422);
		assertThat(overCap.problemType()).isEqualTo("review-terms-out-of-bounds");
		assertThat(overCap.json().get("errors").get(0).get("field").asString()).isEqualTo("annualRateBasisPoints");
		assertThat(approved.status()).as(approved.text()).isEqualTo(200);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.problemType()).isEqualTo("review-already-decided");
		JsonNode offer = calls.offerOf(lender.token(), id, lender.tenantId());
		assertThat(offer.get("amount").asLong()).isEqualTo(800_000);
		assertThat(offer.get("termMonths").asInt()).isEqualTo(24);
		assertThat(offer.get("schedule").size()).isEqualTo(24);
		assertThat(calls.review(lender, id)).as("no longer waiting").isEmpty();
	}

	@Test
	void anOperatorDeclinesWithReasonsTheApplicantIsTold() {
		String id = calls.applyAt(storefront, application("ES", 610));
		String path = "/api/v1/lending/reviews/" + calls.inReview(lender, id).get("id").asString();

		Response noReason = plaza.postJson(path + "/decline", lender.token(), """
				{"reasons": []}""");
		Response declined = plaza.postJson(path + "/decline", lender.token(), """
				{"reasons": [{"code": "income_unverified", "message": "We could not verify your income."}]}""");

		assertThat(noReason.status()).isEqualTo(400);
		assertThat(declined.status()).as(declined.text()).isEqualTo(200);
		JsonNode settled = calls.settled(lender.token(), id);
		assertThat(settled.get("status").asString()).isEqualTo("declined");
		assertThat(decisionOf(settled, lender.tenantId()).orElseThrow().get("reasons").get(0).asString())
			.isEqualTo("We could not verify your income.");
	}

	@Test
	void bureauFaultsAndTimeoutsAreRetriedUntilTheBureauAnswers() {
		Map<String, Object> faulting = application("ES", 750);
		applicant(faulting).put("name", "Ana Ruiz [unavailable x2]");
		Map<String, Object> slow = application("ES", 760);
		applicant(slow).put("name", "Eva Gil [slow x1]");

		String afterFaults = calls.applyAt(storefront, faulting);
		String afterTimeout = calls.applyAt(storefront, slow);

		assertThat(calls.offerOf(lender.token(), afterFaults, lender.tenantId()).get("aprBasisPoints").asInt()).isEqualTo(1268);
		assertThat(calls.offerOf(lender.token(), afterTimeout, lender.tenantId()).get("aprBasisPoints").asInt()).isEqualTo(1268);
	}

	@Test
	void aBureauThatNeverAnswersLeavesTheApplicationToAnOperatorAfterItsAttempts() {
		Map<String, Object> silent = application("ES", 750);
		applicant(silent).put("name", "Juan Sanz [unavailable always]");

		String id = calls.applyAt(storefront, silent);

		JsonNode review = calls.inReview(lender, id);
		assertThat(review.get("reasons").get(0).get("code").asString()).isEqualTo("bureau_unavailable");
		assertThat(review.has("creditReport")).as("the bureau reported nothing").isFalse();
	}

	@Test
	void aPersonTheBureauCannotVerifyIsDeclinedSayingSo() {
		Map<String, Object> unverifiable = application("ES", 750);
		applicant(unverifiable).put("name", "Nadie [refused]");

		String id = calls.applyAt(storefront, unverifiable);

		JsonNode settled = calls.settled(lender.token(), id);
		assertThat(settled.get("status").asString()).isEqualTo("declined");
		assertThat(decisionOf(settled, lender.tenantId()).orElseThrow().get("reasons").get(0).asString())
			.startsWith("The credit bureau could not check your details");
	}

	/** The applicant as the lender's copy stores it, read in the platform scope: nothing an API shows. */
	private String applicantKeptByTheLender(String application) {
		return TenantContext.callAs(TenantId.PLATFORM, () -> transactions.execute(status -> jdbc
			.sql("SELECT applicant::text FROM lending.lender_applications WHERE application_id = CAST(:id AS uuid)")
			.param("id", application)
			.query(String.class)
			.optional()
			.orElse(null)));
	}
}
