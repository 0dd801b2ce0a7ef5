package dev.plaza.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An applicant who applies once on the marketplace is one credit check on their file, however many lenders
 * decide the application: lenders accept at most six checks in six months, so with one inquiry per lender
 * the eighth would decline the applicant for the marketplace's own checks.
 */
@PlazaTest
class MarketplaceInquiriesTest {

	private static final int LENDERS = 8;

	@Autowired
	PlazaClient plaza;

	final List<TenantCaller> lenders = new ArrayList<>();

	DecisionCalls calls;

	/** Out of the marketplace again, so that later applicants are not decided by these lenders. */
	@AfterEach
	void leaveTheMarketplace() {
		lenders.forEach(lender -> calls.lenders.participate(lender.token(), false, List.of()));
	}

	@Test
	void anApplicationReachingEightLendersIsOneInquiryAndNoneDeclinesForInquiries() {
		calls = new DecisionCalls(plaza);
		for (int i = 0; i < LENDERS; i++) {
			TenantCaller lender = calls.lenders.lender("ES");
			calls.lenders.productOf(lender, DecisionCalls.knownProduct("KNOWN"));
			assertThat(calls.lenders.participate(lender.token(), true, List.of("ES")).status()).isEqualTo(200);
			lenders.add(lender);
		}
		TenantCaller marketplace = calls.lenders.caller("lending:read", "lending:write");

		Map<String, Object> application = DecisionCalls.application("ES", 750);
		Response submitted = plaza.postJson("/api/v1/lending/applications", marketplace.token(),
				Lenders.JSON.writeValueAsString(application));
		assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
		String id = submitted.json().get("id").asString();

		await().atMost(Duration.ofSeconds(60)).until(() -> decided(marketplace, id) == LENDERS);
		JsonNode decided = calls.application(marketplace.token(), id);
		for (TenantCaller lender : lenders) {
			JsonNode decision = DecisionCalls.decisionOf(decided, lender.tenantId()).orElseThrow();
			assertThat(decision.get("status").asString()).as("lender %s, not declined for too many inquiries: %s", lender.tenantId(), decision)
				.isEqualTo("approved");
		}
	}

	/** How many of this test's lenders decided the application. */
	private long decided(TenantCaller marketplace, String id) {
		JsonNode application = calls.application(marketplace.token(), id);
		return lenders.stream()
			.map(lender -> DecisionCalls.decisionOf(application, lender.tenantId()))
			.filter(decision -> decision.isPresent() && !"received".equals(decision.get().get("status").asString()))
			.count();
	}
}
