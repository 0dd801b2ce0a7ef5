package dev.plaza.lending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import dev.plaza.lending.bureau.CreditBureau;
import dev.plaza.lending.domain.Applicant;
import dev.plaza.lending.domain.BureauAnswer;
import dev.plaza.lending.domain.CreditReport;
import dev.plaza.rules.Country;
import dev.plaza.sims.creditbureau.Arrival;
import dev.plaza.sims.creditbureau.Arrival.Outcome;
import dev.plaza.sims.creditbureau.CreditBureauSimulator;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The standalone app, given no credit bureau, checks applicants at the SOAP simulator it bundles, retrying
 * its Server faults under one request id, and reports what checks came to and how many attempts they took.
 */
@PlazaTest
class BundledCreditBureauTest {

	@Autowired
	CreditBureau bureau;

	@Autowired
	CreditBureauSimulator bundled;

	@Autowired
	PlazaClient plaza;

	@Test
	void withNoBureauConfiguredApplicantsAreCheckedAtTheBundledSimulatorAndRetriesAreMeasured() {
		String nationalId = "B" + (System.nanoTime() % 1_000_000) + "710";

		BureauAnswer answer = bureau.check(new LoanApplicationId(UUID.randomUUID()), new Applicant("Ana Ruiz [unavailable x1]", nationalId, LocalDate.of(1985, 4, 12),
				"ana@example.com", 250_000, "employed", "Calle Mayor 1, Madrid"), Country.of("ES"));

		assertThat(answer).isEqualTo(new BureauAnswer.Reported(new CreditReport(710, 280_000, 0, 0)));
		assertThat(bundled.arrivals().stream().filter(arrival -> arrival.nationalId().equals(nationalId)))
			.extracting(Arrival::outcome)
			.containsExactly(Outcome.SERVER_FAULT, Outcome.REPORTED);
		assertThat(bundled.inquiries(nationalId)).isOne();
		assertThat(plaza.get("/actuator/prometheus", plaza.adminToken()).text())
			.contains("plaza_lending_bureau_calls_total{outcome=\"reported\"")
			.containsPattern("plaza_lending_bureau_attempts_bucket\\{le=\"2\\.0\"\\} [1-9]");
	}
}
