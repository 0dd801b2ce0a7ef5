package dev.plaza.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dry run a compliance officer uses before publishing rules: the rule set in force, or draft rules,
 * evaluated against one input over HTTP, every failed rule answered; rules that do not compile, inputs that
 * do not fit and runaway rules are refused or stopped, never a 500.
 */
@PlazaTest
class RuleEvaluationTest {

	private static final String ONBOARDING = "/api/v1/rules/onboarding/evaluate";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	PlazaClient plaza;

	@Test
	void aGoodSpanishApplicantPassesTheSeededOnboardingRules() {
		Response evaluated = evaluate(ONBOARDING, Map.of("country", "ES", "input", goodApplicant()));

		assertThat(evaluated.status()).isEqualTo(200);
		JsonNode body = evaluated.json();
		assertThat(body.get("ruleSet").asString()).isEqualTo("onboarding");
		assertThat(body.get("country").asString()).isEqualTo("ES");
		assertThat(body.get("version").asInt()).isPositive();
		assertThat(body.get("passed").asBoolean()).isTrue();
		assertThat(body.get("failures")).isEmpty();
	}

	@Test
	void aBadApplicantFailsEveryRuleItBreaksWithTheRulesMessages() {
		Map<String, Object> applicant = goodApplicant();
		applicant.put("taxId", "12345678A");
		applicant.put("iban", "ES9121000418450200051333");

		Response evaluated = evaluate(ONBOARDING, Map.of("country", "ES", "input", applicant));

		assertThat(evaluated.status()).isEqualTo(200);
		assertThat(evaluated.json().get("passed").asBoolean()).isFalse();
		List<JsonNode> failures = evaluated.json().get("failures").valueStream().toList();
		assertThat(failures).hasSizeGreaterThanOrEqualTo(2).allSatisfy(failure -> {
			assertThat(failure.get("rule").asString()).isNotBlank();
			assertThat(failure.get("message").asString()).isNotBlank();
			assertThat(failure.get("severity").asString()).isIn("error", "warning");
		});
		assertThat(failures).anySatisfy(failure -> assertThat(failure.get("message").asString()).containsIgnoringCase("tax"));
		assertThat(failures).anySatisfy(failure -> assertThat(failure.get("message").asString()).containsIgnoringCase("IBAN"));
	}

	@Test
	void draftRulesAreEvaluatedInsteadOfThoseInForce() {
		Response evaluated = evaluate(ONBOARDING, Map.of("country", "ES", "input", goodApplicant(), "rules", List.of(
				draft("sevillaOnly", "applicant.address.contains('Sevilla')", "Only businesses in Sevilla", "error"),
				draft("shortName", "applicant.legalName.size() <= 10", "Legal names longer than 10 letters are checked by hand",
						"warning"))));

		assertThat(evaluated.status()).isEqualTo(200);
		JsonNode body = evaluated.json();
		assertThat(body.get("passed").asBoolean()).isTrue();
		assertThat(body.get("version").isNull()).isTrue();
		assertThat(body.get("failures")).singleElement().satisfies(failure -> {
			assertThat(failure.get("rule").asString()).isEqualTo("shortName");
			assertThat(failure.get("severity").asString()).isEqualTo("warning");
		});
	}

	@Test
	void aDraftRuleWithASyntaxErrorIsRefusedWithItsLineAndColumn() {
		Response refused = evaluate(ONBOARDING, Map.of("country", "ES", "input", goodApplicant(), "rules", List.of(
				draft("named", "applicant.legalName != ''\n  && applicant.legalName.size( > 3", "A name", "error"))));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("rules-do-not-compile");
		assertThat(refused.json().get("detail").asString()).contains("'named'").contains("line 2");
		JsonNode error = refused.json().get("errors").get(0);
		assertThat(error.get("rule").asString()).isEqualTo("named");
		assertThat(error.get("line").asInt()).isEqualTo(2);
		assertThat(error.get("column").asInt()).isGreaterThan(1);
		assertThat(error.get("message").asString()).isNotBlank();
	}

	@Test
	void aDraftRuleNamingAFieldTheApplicantDoesNotHaveDoesNotCompile() {
		Response refused = evaluate(ONBOARDING, Map.of("country", "ES", "input", goodApplicant(), "rules",
				List.of(draft("vat", "applicant.vatNumber != ''", "A VAT number", "error"))));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("vatNumber");
		assertThat(refused.json().get("errors").get(0).get("column").asInt()).isEqualTo(10);
	}

	@Test
	void aDeliberatelyHugeComprehensionIsStoppedByTheCostLimit() {
		String ten = "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]";
		StringBuilder huge = new StringBuilder();
		for (char variable = 'a'; variable <= 'h'; variable++) {
			huge.append(ten).append(".all(").append(variable).append(", ");
		}
		huge.append("true").append(")".repeat(8));

		Response evaluated = evaluate(ONBOARDING, Map.of("country", "ES", "input", goodApplicant(), "rules",
				List.of(draft("huge", huge.toString(), "Never finishes", "error"))));

		assertThat(evaluated.status()).isEqualTo(200);
		assertThat(evaluated.json().get("passed").asBoolean()).isFalse();
		assertThat(evaluated.json().get("failures").get(0).get("message").asString()).contains("evaluation cost limit");
	}

	@Test
	void anInputFieldTheApplicantDoesNotDeclareOrOfTheWrongTypeIsRefusedNamingIt() {
		Map<String, Object> applicant = goodApplicant();
		applicant.put("vatNumber", "ESB12345674");
		applicant.put("iban", 42);

		Response refused = evaluate(ONBOARDING, Map.of("country", "ES", "input", applicant));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("invalid-rule-input");
		assertThat(refused.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList())
			.containsExactlyInAnyOrder("input.vatNumber", "input.iban");
	}

	@Test
	void anUnknownRuleSetIsNotFoundNamingTheKnownOnes() {
		Response refused = evaluate("/api/v1/rules/no-such-set/evaluate", Map.of("country", "ES", "input", goodApplicant()));

		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.problemType()).isEqualTo("unknown-rule-set");
		assertThat(refused.json().get("detail").asString()).contains("onboarding");
	}

	@Test
	void aCountryPlazaHasNoConfigurationForIsRefusedNamingTheConfiguredOnes() {
		Response refused = evaluate(ONBOARDING, Map.of("country", "NL", "input", goodApplicant()));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("country");
		assertThat(refused.json().get("detail").asString()).contains("ES").contains("PT");
	}

	@Test
	void aTenantsOwnRulesJoinTheCountrysInItsDryRun() {
		String tenant = plaza.newOrganization(plaza.adminToken()).get("tenants").get(0).get("id").asString();
		String token = plaza.tenantCaller(plaza.adminToken(), tenant, "tenant:read", "config:write").token();
		Response adopted = new ConfigCalls(plaza).putTenant(token, "ES", JSON.valueToTree(Map.of("ruleSets",
				Map.of("onboarding", Map.of("input", "applicant", "rules", List.of(draft("notInSevilla",
						"!applicant.address.contains('Sevilla')", "Sevilla businesses are onboarded by the local office", "error")))))));
		assertThat(adopted.status()).isEqualTo(200);

		Response evaluated = plaza.postJson(ONBOARDING, token,
				JSON.writeValueAsString(Map.of("country", "ES", "input", goodApplicant())));
		Response asThePlatform = evaluate(ONBOARDING, Map.of("country", "ES", "input", goodApplicant()));

		assertThat(evaluated.status()).isEqualTo(200);
		assertThat(evaluated.json().get("passed").asBoolean()).isFalse();
		assertThat(evaluated.json().get("failures")).singleElement()
			.satisfies(failure -> assertThat(failure.get("rule").asString()).isEqualTo("notInSevilla"));
		assertThat(asThePlatform.json().get("passed").asBoolean()).as("the country's rules alone").isTrue();
	}

	@Test
	void aTokenWithoutTheScopeMayNotEvaluate() {
		String tenant = plaza.newOrganization(plaza.adminToken()).get("tenants").get(0).get("id").asString();
		String token = plaza.tenantCaller(plaza.adminToken(), tenant, "ledger:read").token();

		Response refused = plaza.postJson(ONBOARDING, token,
				JSON.writeValueAsString(Map.of("country", "ES", "input", goodApplicant())));

		assertThat(refused.status()).isEqualTo(403);
	}

	private Response evaluate(String path, Map<String, Object> body) {
		return plaza.postJson(path, plaza.adminToken(), JSON.writeValueAsString(body));
	}

	private static Map<String, Object> draft(String name, String expression, String message, String severity) {
		return Map.of("name", name, "expression", expression, "message", message, "severity", severity);
	}

	private static Map<String, Object> goodApplicant() {
		Map<String, Object> applicant = new LinkedHashMap<>();
		applicant.put("legalName", "Cines del Sur SL");
		applicant.put("taxId", "B12345674");
		applicant.put("country", "ES");
		applicant.put("contactEmail", "ana@cinesdelsur.es");
		applicant.put("contactName", "Ana García");
		applicant.put("iban", "ES91 2100 0418 4502 0005 1332");
		applicant.put("address", "Calle Mayor 1, 41001 Sevilla");
		return applicant;
	}
}
