package dev.plaza.lending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every country ships a {@code loan-eligibility} rule set over the application, whose messages an
 * applicant can be told: adult, with an income, a national id of the country's format where Plaza knows
 * it, not unemployed, asking an amount within the country's limits. Evaluated here with the dry run.
 */
@PlazaTest
class LoanEligibilityRulesTest {

	@Autowired
	PlazaClient plaza;

	@Test
	void aSpanishAdultWithAnIncomeAndAValidDniPasses() {
		Response evaluated = evaluate("ES", application("12345678Z", "1988-03-14", 260_000, "employed", 500_000));

		assertThat(evaluated.status()).isEqualTo(200);
		assertThat(evaluated.json().get("failures")).isEmpty();
	}

	@Test
	void anApplicantBreakingEveryRuleIsToldEachInWordsTheyUnderstand() {
		Response evaluated = evaluate("ES", application("12345678A", LocalDate.now(ZoneOffset.UTC).minusYears(17).toString(),
				0, "unemployed", 9_000_000));

		assertThat(evaluated.json().get("passed").asBoolean()).isFalse();
		assertThat(failures(evaluated)).containsEntry("adult", "You must be 18 or older to apply")
			.containsEntry("incomeDeclared", "You must have a regular income to apply")
			.containsKeys("nationalIdValid", "employed")
			.containsEntry("amountWithinLimits", "The amount must be between 1,000.00 € and 60,000.00 € in Spain");
	}

	@Test
	void anApplicantIsAnAdultOnTheirEighteenthBirthdayNotTheDayBefore() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);

		Response eighteenToday = evaluate("ES", application("12345678Z", today.minusYears(18).toString(), 1, "employed",
				500_000));
		Response eighteenTomorrow = evaluate("ES", application("12345678Z", today.minusYears(18).plusDays(1).toString(), 1,
				"employed", 500_000));

		assertThat(failures(eighteenToday)).doesNotContainKey("adult");
		assertThat(failures(eighteenTomorrow)).containsKey("adult");
	}

	@Test
	void portugalChecksItsOwnNifAndLimits() {
		Response evaluated = evaluate("PT", application("123456780", "1970-01-01", 150_000, "retired", 5_500_000));

		assertThat(failures(evaluated)).containsKeys("nationalIdValid", "amountWithinLimits")
			.doesNotContainKeys("adult", "incomeDeclared", "employed");
	}

	@Test
	void everyCountryPlazaServesHasTheRuleSet() {
		for (String country : List.of("DE", "ES", "FR", "GB", "IT", "PT")) {
			Response evaluated = evaluate(country, application("X", "1980-05-05", 1, "self_employed", 2_000_000));

			assertThat(evaluated.status()).as(country).isEqualTo(200);
			assertThat(failures(evaluated).keySet()).as(country).doesNotContain("adult", "incomeDeclared", "employed",
					"amountWithinLimits");
		}
	}

	private Response evaluate(String country, Map<String, Object> application) {
		return plaza.postJson("/api/v1/rules/loan-eligibility/evaluate", plaza.adminToken(),
				Lenders.JSON.writeValueAsString(Map.of("country", country, "input", application)));
	}

	private static Map<String, String> failures(Response evaluated) {
		Map<String, String> failures = new LinkedHashMap<>();
		for (JsonNode failure : evaluated.json().get("failures")) {
			failures.put(failure.get("rule").asString(), failure.get("message").asString());
		}
		return failures;
	}

	private static Map<String, Object> application(String nationalId, String dateOfBirth, long income, String employment,
			long amount) {
		Map<String, Object> application = new LinkedHashMap<>();
		application.put("name", "Lucía Martín");
		application.put("nationalId", nationalId);
		application.put("dateOfBirth", dateOfBirth);
		application.put("email", "lucia@example.com");
		application.put("income", income);
		application.put("employment", employment);
		application.put("amount", amount);
		application.put("termMonths", 24);
		application.put("purpose", "car");
		application.put("country", "ES");
		return application;
	}
}
