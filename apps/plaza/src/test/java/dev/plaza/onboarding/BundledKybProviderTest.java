package dev.plaza.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import dev.plaza.onboarding.domain.Business;
import dev.plaza.onboarding.domain.Verdict;
import dev.plaza.onboarding.kyb.KybProvider;
import dev.plaza.sims.kyb.Arrival;
import dev.plaza.sims.kyb.Arrival.Outcome;
import dev.plaza.sims.kyb.KybProviderSimulator;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The standalone app, given no KYB provider, verifies businesses at the simulator it bundles, over gRPC,
 * retrying its transient failures, and reports how many attempts verifications took.
 */
@PlazaTest
class BundledKybProviderTest {

	@Autowired
	KybProvider kyb;

	@Autowired
	KybProviderSimulator bundled;

	@Autowired
	PlazaClient plaza;

	@Test
	void withNoProviderConfiguredBusinessesAreVerifiedAtTheBundledSimulatorAndRetriesAreMeasured() {
		String requestId = "bundled-" + System.nanoTime();

		Verdict verdict = kyb.verify(requestId, new Business("Bundled Flaky SL [unavailable x1]", "B12345678", "ES",
				"ana@example.com", "Ana Ruiz", "ES9121000418450200051332", "Calle Mayor 1, Madrid", Optional.empty()));

		assertThat(verdict).isInstanceOf(Verdict.Verified.class);
		assertThat(bundled.arrivals(requestId)).extracting(Arrival::outcome)
			.containsExactly(Outcome.UNAVAILABLE, Outcome.ANSWERED);
		assertThat(plaza.get("/actuator/prometheus", plaza.adminToken()).text())
			.contains("plaza_onboarding_kyb_verifications_total{outcome=\"verified\"")
			.containsPattern("plaza_onboarding_kyb_attempts_bucket\\{le=\"2\\.0\"\\} [1-9]");
	}
}
