package dev.plaza.lending;

import static dev.plaza.lending.DecisionCalls.application;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An applicant on the German marketplace receives offers from two lenders, lists them and accepts one: that
 * lender opens the loan, the other offer is withdrawn and its lender told. Accepting again answers the
 * same loan; the other offer can no longer be accepted. Other tests' lenders may take part in the same
 * marketplace, so each assertion looks at this test's two lenders.
 */
@PlazaTest
class LoanOffersTest {

	/** Germany: no other test's lender takes German applicants, whose checks at the bureau would add up. */
	private static final String COUNTRY = "DE";

	@Autowired
	PlazaClient plaza;

	DecisionCalls calls;

	TenantCaller cheaper;

	TenantCaller dearer;

	TenantCaller marketplace;

	OfferWebhookReceiver cheapersHooks = new OfferWebhookReceiver();

	OfferWebhookReceiver dearersHooks = new OfferWebhookReceiver();

	@BeforeEach
	void twoSpanishLendersInTheMarketplaceListeningForTheirOffers() {
		calls = new DecisionCalls(plaza);
		cheaper = lender(DecisionCalls.knownProduct("CHEAPER"), cheapersHooks);
		Map<String, Object> withFee = DecisionCalls.knownProduct("DEARER");
		withFee.put("annualRateBasisPoints", 1400);
		withFee.put("originationFeeBasisPoints", 100);
		dearer = lender(withFee, dearersHooks);
		marketplace = calls.lenders.caller("lending:read", "lending:write");
	}

	/** Out of the marketplace again, so later tests' applicants are not checked at the bureau once more for them. */
	@AfterEach
	void leaveTheMarketplace() {
		calls.lenders.participate(cheaper.token(), false, List.of());
		calls.lenders.participate(dearer.token(), false, List.of());
		cheapersHooks.close();
		dearersHooks.close();
	}

	@Test
	void theApplicantAcceptsOneOfferAndTheOtherLenderIsToldItsOfferWasWithdrawn() {
		String id = apply();
		JsonNode cheap = calls.offerOf(marketplace.token(), id, cheaper.tenantId());
		JsonNode dear = calls.offerOf(marketplace.token(), id, dearer.tenantId());
		assertThat(cheap.get("aprBasisPoints").asInt()).isEqualTo(1268);
		// 1 % kept back of 10,000.00: the borrower pays the interest and the 100.00 beyond what they receive.
		long dearInterest = dear.get("schedule").valueStream().mapToLong(installment -> installment.get("interest").asLong()).sum();
		assertThat(dear.get("totalCost").asLong()).isEqualTo(dearInterest + 10_000);
		assertThat(dear.get("aprBasisPoints").asInt()).isGreaterThan(1400 + 150);

		Response accepted = calls.accept(marketplace.token(), id, cheap.get("id").asString());
		Response again = calls.accept(marketplace.token(), id, cheap.get("id").asString());
		Response other = calls.accept(marketplace.token(), id, dear.get("id").asString());

		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		String loan = accepted.json().get("loanId").asString();
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("loanId").asString()).as("the same loan, not a second one").isEqualTo(loan);
		assertThat(other.status()).isEqualTo(409);
		assertThat(other.problemType()).isEqualTo("application-already-accepted");
		assertThat(calls.offers(marketplace.token(), id)).as("no offer is open any more").isEmpty();
		JsonNode application = calls.application(marketplace.token(), id);
		assertThat(application.get("status").asString()).isEqualTo("accepted");
		assertThat(application.get("loanId").asString()).isEqualTo(loan);
		assertThat(DecisionCalls.decisionOf(application, dearer.tenantId()).orElseThrow().get("status").asString())
			.isEqualTo("withdrawn");
		Response opened = plaza.get("/api/v1/lending/loans/" + loan, cheaper.token());
		assertThat(opened.status()).as(opened.text()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).until(() -> !dearersHooks.received("offer.withdrawn").isEmpty());
		assertThat(dearersHooks.received("offer.withdrawn").getFirst().get("offerId").asString())
			.isEqualTo(dear.get("id").asString());
		await().atMost(Duration.ofSeconds(10)).until(() -> !cheapersHooks.received("offer.accepted").isEmpty());
		assertThat(cheapersHooks.received("offer.withdrawn")).isEmpty();
	}

	@Test
	void twoAcceptsAtOnceOpenOneLoan() {
		String id = apply();
		String cheap = calls.offerOf(marketplace.token(), id, cheaper.tenantId()).get("id").asString();
		String dear = calls.offerOf(marketplace.token(), id, dearer.tenantId()).get("id").asString();

		List<Response> answers = List.of(cheap, cheap, dear, cheap)
			.stream()
			.map(offer -> CompletableFuture.supplyAsync(() -> calls.accept(marketplace.token(), id, offer)))
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.toList();

		Set<String> loans = answers.stream()
			.filter(answer -> answer.status() == 200)
			.map(answer -> answer.json().get("loanId").asString())
			.collect(Collectors.toSet());
		assertThat(loans).hasSize(1);
		assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isIn(200, 409));
		assertThat(calls.application(marketplace.token(), id).get("loanId").asString()).isEqualTo(loans.iterator().next());
	}

	@Test
	void anOfferOfAnotherApplicationOrAnotherTenantsApplicationIsNotFound() {
		String id = apply();
		String cheap = calls.offerOf(marketplace.token(), id, cheaper.tenantId()).get("id").asString();
		TenantCaller stranger = calls.lenders.caller("lending:read", "lending:write");

		Response unknownOffer = calls.accept(marketplace.token(), id, "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
		Response notTheirs = calls.accept(stranger.token(), id, cheap);
		Response notTheirsToList = plaza.get(DecisionCalls.offersPath(id), stranger.token());

		assertThat(unknownOffer.status()).isEqualTo(404);
		assertThat(unknownOffer.problemType()).isEqualTo("offer-not-found");
		assertThat(notTheirs.status()).isEqualTo(404);
		assertThat(notTheirsToList.status()).isEqualTo(404);
		assertThat(calls.offers(marketplace.token(), id)).as("still open").isNotEmpty();
	}

	@Test
	void aStorefrontVisitorListsAndAcceptsOffersWithoutAToken() {
		String host = calls.storefront(cheaper);
		String id = calls.applyAt(host, application(COUNTRY, 740));
		calls.offerOf(cheaper.token(), id, cheaper.tenantId());

		Response listed = plaza.getAt(host, DecisionCalls.offersPath(id), null);
		String offer = listed.json().get("items").get(0).get("id").asString();
		Response accepted = plaza.send(java.net.http.HttpRequest.newBuilder(plaza.uri(DecisionCalls.offersPath(id) + "/" + offer
				+ "/accept"))
			.header("Host", host)
			.POST(java.net.http.HttpRequest.BodyPublishers.noBody()));

		assertThat(listed.status()).as(listed.text()).isEqualTo(200);
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		assertThat(calls.application(cheaper.token(), id).get("loanId").asString())
			.isEqualTo(accepted.json().get("loanId").asString());
	}

	private String apply() {
		Response submitted = calls.lenders.apply(marketplace.token(), application(COUNTRY, 750));
		assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
		return submitted.json().get("id").asString();
	}

	private TenantCaller lender(Map<String, Object> product, OfferWebhookReceiver hooks) {
		TenantCaller lender = calls.lenders.caller("lending:read", "lending:write", "config:write", "notifications:write");
		Response chosen = calls.lenders.put("/api/v1/config/tenant", lender.token(), Map.of("country", COUNTRY, "overrides",
				Map.of()));
		assertThat(chosen.status()).as(chosen.text()).isEqualTo(200);
		calls.lenders.productOf(lender, product);
		assertThat(calls.lenders.participate(lender.token(), true, List.of(COUNTRY)).status()).isEqualTo(200);
		Response endpoint = plaza.postJson("/api/v1/webhooks/endpoints", lender.token(), Lenders.JSON.writeValueAsString(
				Map.of("url", hooks.url(), "eventTypes", List.of("offer.accepted", "offer.withdrawn"))));
		assertThat(endpoint.status()).as(endpoint.text()).isEqualTo(201);
		return lender;
	}
}
