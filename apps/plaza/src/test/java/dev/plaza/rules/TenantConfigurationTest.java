package dev.plaza.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A tenant follows a country's configuration and may tighten it, never loosen it: lower limits, a
 * shorter payment deadline, more rules. What it sets applies at once, without a restart.
 */
@PlazaTest
class TenantConfigurationTest {

	@Autowired
	PlazaClient plaza;

	@Test
	void aTenantThatNeverChoseFollowsThePlatformsDefaultCountry() {
		TenantCaller shop = shop("tenant:read");

		Response current = plaza.get("/api/v1/config/tenant", shop.token());

		assertThat(current.status()).isEqualTo(200);
		assertThat(current.json().get("tenant").asString()).isEqualTo(shop.tenantId());
		assertThat(current.json().get("country").asString()).isEqualTo("ES");
		assertThat(current.json().get("effective").get("vat").get("standard").asInt()).isEqualTo(21);
	}

	@Test
	void overridesWithinTheCountrysBoundsApplyAtOnce() {
		TenantCaller shop = shop("tenant:read", "config:write");
		JsonNode overrides = ConfigCalls.JSON.valueToTree(Map.of(
				"limits", Map.of("perTransaction", 500_000),
				"commerce", Map.of("paymentDeadlineSeconds", 300),
				"ruleSets", Map.of("onboarding", Map.of("input", "applicant", "rules", List.of(Map.of("name", "shortLegalName",
						"expression", "size(applicant.legalName) < 120", "message", "legalName must be under 120 characters",
						"severity", "warning"))))));

		Response changed = new ConfigCalls(plaza).putTenant(shop.token(), "PT", overrides);

		assertThat(changed.status()).isEqualTo(200);
		JsonNode effective = plaza.get("/api/v1/config/tenant", shop.token()).json().get("effective");
		assertThat(plaza.get("/api/v1/config/tenant", shop.token()).json().get("country").asString()).isEqualTo("PT");
		assertThat(effective.get("vat").get("standard").asInt()).as("Portugal's VAT").isEqualTo(23);
		assertThat(effective.get("limits").get("perTransaction").asLong()).isEqualTo(500_000);
		assertThat(effective.get("limits").get("perDay").asLong()).as("the country's, not overridden").isEqualTo(50_000_000);
		assertThat(effective.get("commerce").get("paymentDeadlineSeconds").asLong()).isEqualTo(300);
		assertThat(effective.get("ruleSets").get("onboarding").get("rules").valueStream().map(rule -> rule.get("name").asString()))
			.as("the country's rules stay; the tenant's are added")
			.contains("taxIdValid", "ibanValid", "shortLegalName");
	}

	@Test
	void looserOverridesAreRefusedNamingEachFieldAndTheCountrysBound() {
		TenantCaller shop = shop("tenant:read", "config:write");
		JsonNode overrides = ConfigCalls.JSON.valueToTree(Map.of(
				"limits", Map.of("perDay", 60_000_000),
				"commerce", Map.of("holdTtlSeconds", 3_600),
				"lending", Map.of("maxAmount", 9_000_000, "minAmount", 50_000)));

		Response refused = new ConfigCalls(plaza).putTenant(shop.token(), "FR", overrides);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("looser-than-country");
		assertThat(errors(refused)).containsEntry("/overrides/limits/perDay",
				"must be at most 50000000, the FR daily limit of configuration version 1")
			.containsKeys("/overrides/commerce/holdTtlSeconds", "/overrides/lending/maxAmount", "/overrides/lending/minAmount");
		assertThat(errors(refused).get("/overrides/commerce/holdTtlSeconds")).contains("600");
		assertThat(plaza.get("/api/v1/config/tenant", shop.token()).json().get("country").asString())
			.as("nothing stored").isEqualTo("ES");
	}

	@Test
	void aTenantAddsRulesButNeverReplacesTheCountrys() {
		TenantCaller shop = shop("tenant:read", "config:write");
		JsonNode overrides = ConfigCalls.JSON.valueToTree(Map.of("ruleSets", Map.of("onboarding", Map.of("input", "applicant",
				"rules", List.of(Map.of("name", "taxIdValid", "expression", "true", "message", "anything goes", "severity", "error"))))));

		Response refused = new ConfigCalls(plaza).putTenant(shop.token(), "ES", overrides);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(errors(refused)).containsKey("/overrides/ruleSets/onboarding/rules/0/name");
	}

	@Test
	void aCountryPlazaHasNoConfigurationForIsRefused() {
		TenantCaller shop = shop("tenant:read", "config:write");

		Response refused = new ConfigCalls(plaza).putTenant(shop.token(), "US", ConfigCalls.JSON.createObjectNode());

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("unconfigured-country");
		assertThat(errors(refused)).containsKey("/country");
	}

	@Test
	void overridesBreakingTheirSchemaAreRefusedByPointer() {
		TenantCaller shop = shop("tenant:read", "config:write");
		JsonNode overrides = ConfigCalls.JSON.valueToTree(Map.of("limits", Map.of("perDay", -1), "currency", "USD"));

		Response refused = new ConfigCalls(plaza).putTenant(shop.token(), "ES", overrides);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("invalid-configuration");
		assertThat(errors(refused)).containsKeys("/overrides/limits/perDay", "/overrides/currency");
	}

	@Test
	void changingTheConfigurationNeedsConfigWrite() {
		TenantCaller reader = shop("tenant:read");

		Response refused = new ConfigCalls(plaza).putTenant(reader.token(), "PT", ConfigCalls.JSON.createObjectNode());

		assertThat(refused.status()).isEqualTo(403);
	}

	@Test
	void everyChangeIsInTheTenantsAuditLog() {
		TenantCaller shop = shop("tenant:read", "config:write", "audit:read");

		new ConfigCalls(plaza).putTenant(shop.token(), "DE", ConfigCalls.JSON.createObjectNode());

		List<JsonNode> entries = plaza.get("/api/v1/audit?limit=500", shop.token()).json().get("items").valueStream()
			.filter(entry -> "/api/v1/config/tenant".equals(entry.get("pathTemplate").asString()))
			.toList();
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.get("method").asString()).isEqualTo("PUT");
			assertThat(entry.get("status").asInt()).isEqualTo(200);
			assertThat(entry.get("resourceType").asString()).isEqualTo("tenant");
		});
	}

	private TenantCaller shop(String... scopes) {
		return plaza.tenantCaller(plaza.adminToken(),
				plaza.newOrganization(plaza.adminToken()).get("tenants").get(0).get("id").asString(), scopes);
	}

	private static Map<String, String> errors(Response refused) {
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		refused.json().get("errors").forEach(error -> errors.put(error.get("field").asString(), error.get("reason").asString()));
		return errors;
	}
}
