package dev.plaza.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform operator publishes each country's configuration as versions, effective now or at a
 * later instant; every caller reads the version in force, and history keeps who published what.
 * Tests publish to countries of their own (codes no other test uses), so they do not disturb the
 * shipped ones other tests rely on; versions are counted from what the country had before, as the
 * test database outlives a run.
 */
@PlazaTest
class CountryConfigurationTest {

	@Autowired
	PlazaClient plaza;

	ConfigCalls config() {
		return new ConfigCalls(plaza);
	}

	@Test
	void aFreshInstallAnswersForEveryCountryPlazaServes() {
		TenantCaller shop = shop();

		Response spain = plaza.get("/api/v1/config/countries/ES", shop.token());

		assertThat(spain.status()).isEqualTo(200);
		assertThat(spain.json().get("createdBy").asString()).isEqualTo("plaza");
		assertThat(spain.json().get("document").get("currency").asString()).isEqualTo("EUR");
		assertThat(spain.json().get("document").get("vat").get("standard").asInt()).isEqualTo(21);
		assertThat(spain.json().get("document").get("taxId").get("format").asString()).isEqualTo("ES_NIF");
		assertThat(plaza.get("/api/v1/config/countries/FR", shop.token()).json().get("document").get("vat")
			.get("super-reduced").decimalValue()).isEqualByComparingTo("5.5");
		assertThat(plaza.get("/api/v1/config/countries/GB", shop.token()).json().get("document").get("currency").asString())
			.isEqualTo("GBP");
		assertThat(plaza.get("/api/v1/config/countries", shop.token()).json().get("items").valueStream()
			.map(item -> item.get("country").asString())).contains("DE", "ES", "FR", "GB", "IT", "PT");
	}

	@Test
	void theSchemaIsPublished() {
		Response schema = plaza.get("/api/v1/config/schema", shop().token());

		assertThat(schema.status()).isEqualTo(200);
		assertThat(schema.header("Content-Type")).startsWith("application/schema+json");
		assertThat(schema.json().get("required").valueStream().map(JsonNode::asString)).contains("currency", "vat",
				"limits", "ruleSets");
	}

	@Test
	void aDocumentWithViolationsIsRefusedListingEachByItsPointer() {
		ObjectNode document = ConfigCalls.shipped("ES");
		((ObjectNode) document.get("vat")).put("standard", "twenty-one");
		((ObjectNode) document.get("limits")).remove("perDay");
		document.put("timeZone", "Europe/Atlantis");
		((ObjectNode) document.get("commerce")).put("holdTtlSeconds", 5);

		Response refused = config().publish("AD", null, document, plaza.adminToken());

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("invalid-configuration");
		assertThat(fields(refused)).contains("/document/vat/standard", "/document/limits/perDay",
				"/document/commerce/holdTtlSeconds");
		assertThat(plaza.get("/api/v1/config/countries/AD", plaza.adminToken()).status()).isEqualTo(404);

		ObjectNode wellFormed = ConfigCalls.shipped("ES");
		wellFormed.put("timeZone", "Europe/Atlantis");
		Response unknownZone = config().publish("AD", null, wellFormed, plaza.adminToken());
		assertThat(fields(unknownZone)).containsExactly("/document/timeZone");
	}

	@Test
	void aVersionScheduledAheadTakesEffectAtItsInstantAndHistorySaysWhatWasInForceWhen() {
		String country = "LU";
		ObjectNode first = ConfigCalls.shipped("ES");
		Response v1 = config().publish(country, null, first, plaza.adminToken());
		assertThat(v1.status()).isEqualTo(201);
		int version = v1.json().get("version").asInt();
		assertThat(v1.header("Location")).isEqualTo("/api/v1/config/countries/LU/versions/" + version);
		assertThat(v1.json().get("createdBy").asString()).isEqualTo("plaza-admin");

		ObjectNode second = ConfigCalls.shipped("ES");
		((ObjectNode) second.get("vat")).put("standard", 17);
		Instant inTwoSeconds = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
		Response v2 = config().publish(country, inTwoSeconds, second, plaza.adminToken());
		assertThat(v2.status()).isEqualTo(201);
		assertThat(v2.json().get("version").asInt()).isEqualTo(version + 1);

		assertThat(standardVat(country, null)).as("not yet in force").isEqualTo(21);
		Instant deadline = Instant.now().plusSeconds(10);
		while (standardVat(country, null) != 17 && Instant.now().isBefore(deadline)) {
			sleep(Duration.ofMillis(100));
		}
		assertThat(standardVat(country, null)).as("in force from its instant, nobody acting").isEqualTo(17);
		assertThat(Instant.now()).isAfterOrEqualTo(inTwoSeconds);
		assertThat(standardVat(country, inTwoSeconds.minusMillis(1))).isEqualTo(21);
		assertThat(standardVat(country, inTwoSeconds)).isEqualTo(17);
		Response beforeAny = plaza.get("/api/v1/config/countries/" + country + "?at=2000-01-01T00:00:00Z", plaza.adminToken());
		assertThat(beforeAny.status()).isEqualTo(404);
		assertThat(beforeAny.problemType()).isEqualTo("unknown-country");
	}

	@Test
	void rollingBackIsRepublishingTheOlderDocumentAsANewVersion() {
		String country = "MT";
		ObjectNode original = ConfigCalls.shipped("PT");
		int good = config().publish(country, null, original, plaza.adminToken()).json().get("version").asInt();
		ObjectNode mistaken = ConfigCalls.shipped("PT");
		((ObjectNode) mistaken.get("limits")).put("perTransaction", 1);
		config().publish(country, null, mistaken, plaza.adminToken());
		assertThat(inForce(country).get("document").get("limits").get("perTransaction").asLong()).isEqualTo(1);

		JsonNode older = plaza.get("/api/v1/config/countries/" + country + "/versions/" + good, plaza.adminToken()).json();
		Response rolledBack = config().publish(country, null, older.get("document"), plaza.adminToken());

		assertThat(rolledBack.json().get("version").asInt()).isEqualTo(good + 2);
		assertThat(inForce(country).get("version").asInt()).isEqualTo(good + 2);
		assertThat(inForce(country).get("document")).isEqualTo(original);
		assertThat(plaza.get("/api/v1/config/countries/" + country + "/versions/" + (good + 1), plaza.adminToken()).json()
			.get("document").get("limits").get("perTransaction").asLong()).as("history is never edited").isEqualTo(1);
	}

	@Test
	void historyShowsWhoPublishedEachVersionNewestFirstPageByPage() {
		String country = "CY";
		int last = 0;
		for (int i = 0; i < 3; i++) {
			last = config().publish(country, null, ConfigCalls.shipped("IT"), plaza.adminToken()).json().get("version").asInt();
		}

		Response firstPage = plaza.get("/api/v1/config/countries/" + country + "/versions?limit=2", shop().token());
		Response secondPage = plaza.get("/api/v1/config/countries/" + country + "/versions?limit=2&cursor="
				+ firstPage.json().get("nextCursor").asString(), shop().token());

		assertThat(firstPage.json().get("items").valueStream().map(item -> item.get("version").asInt()))
			.containsExactly(last, last - 1);
		assertThat(secondPage.json().get("items").get(0).get("version").asInt()).isEqualTo(last - 2);
		assertThat(firstPage.json().get("items").get(0).get("createdBy").asString()).isEqualTo("plaza-admin");
		assertThat(firstPage.json().get("items").get(0).has("createdAt")).isTrue();
	}

	@Test
	void anEffectiveFromInThePastIsRefusedRatherThanRewritingHistory() {
		Response refused = config().publish("LI", Instant.now().minusSeconds(3600), ConfigCalls.shipped("DE"),
				plaza.adminToken());

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("effective-in-the-past");
	}

	@Test
	void onlyThePlatformOperatorPublishes() {
		TenantCaller shop = plaza.tenantCaller(plaza.adminToken(),
				plaza.newOrganization(plaza.adminToken()).get("tenants").get(0).get("id").asString(), "tenant:read",
				"config:write");

		Response refused = config().publish("ES", null, ConfigCalls.shipped("ES"), shop.token());

		assertThat(refused.status()).isEqualTo(403);
		assertThat(plaza.get("/api/v1/config/countries/ES", shop.token()).status()).isEqualTo(200);
	}

	@Test
	void unknownAndMalformedCountriesAreTold() {
		assertThat(plaza.get("/api/v1/config/countries/US", shop().token()).status()).isEqualTo(404);
		assertThat(plaza.get("/api/v1/config/countries/es", shop().token()).status()).isEqualTo(400);
	}

	@Test
	void everyPublicationIsInTheAuditLog() {
		String requestId = "req-" + UUID.randomUUID();

		config().publish("SM", null, ConfigCalls.shipped("IT"), plaza.adminToken(), "X-Request-Id", requestId);

		List<JsonNode> entries = plaza.get("/api/v1/audit?limit=500", plaza.adminToken()).json().get("items").valueStream()
			.filter(entry -> requestId.equals(entry.get("requestId").asString()))
			.toList();
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.get("pathTemplate").asString()).isEqualTo("/api/v1/config/countries/{country}/versions");
			assertThat(entry.get("status").asInt()).isEqualTo(201);
			assertThat(entry.get("resourceType").asString()).isEqualTo("version");
		});
	}

	private TenantCaller shop() {
		return plaza.tenantCaller(plaza.adminToken(),
				plaza.newOrganization(plaza.adminToken()).get("tenants").get(0).get("id").asString(), "tenant:read");
	}

	private JsonNode inForce(String country) {
		return plaza.get("/api/v1/config/countries/" + country, plaza.adminToken()).json();
	}

	private int standardVat(String country, Instant at) {
		Response response = plaza.get("/api/v1/config/countries/" + country + (at == null ? "" : "?at=" + at),
				plaza.adminToken());
		return response.json().get("document").get("vat").get("standard").asInt();
	}

	private static List<String> fields(Response refused) {
		return refused.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
