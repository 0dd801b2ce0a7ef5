package dev.plaza.notifications;

import static dev.plaza.notifications.CampaignTest.json;
import static dev.plaza.notifications.NotificationCalls.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Every mistake in a campaign is answered with what to fix, and nothing is stored or sent. */
@PlazaTest
class CampaignBadInputTest {

	@Autowired
	PlazaClient plaza;

	NotificationCalls tenant;

	String domain;

	@BeforeEach
	void aTenant() {
		tenant = NotificationCalls.newTenant(plaza);
		domain = NotificationCalls.uniqueDomain();
	}

	@Test
	void badAddressesAreListedByIndexAndNothingIsCreated() {
		List<Map<String, String>> recipients = new ArrayList<>(NotificationCalls.recipients(domain, 0, 10));
		recipients.set(2, Map.of("email", "not-an-address", "name", "A"));
		recipients.set(5, Map.of("email", "Ana <ana@example.com>", "name", "B"));
		recipients.set(7, Map.of("name", "no address"));
		recipients.set(9, Map.of("email", "x@" + domain, "name", "n".repeat(201)));

		Response refused = tenant.post("/api/v1/campaigns", json(Map.of("subject", "Hi", "text", "Hello", "recipients", recipients)));

		assertThat(refused.status()).as(refused.text()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("invalid-recipients");
		assertThat(refused.json().get("detail").asString()).contains("4 of 10 recipients are invalid").contains("nothing was stored");
		List<JsonNode> errors = refused.json().get("errors").valueStream().toList();
		assertThat(errors).extracting(e -> e.get("index").asInt()).containsExactly(2, 5, 7, 9);
		assertThat(errors.get(0).get("email").asString()).isEqualTo("not-an-address");
		assertThat(errors.get(1).get("reason").asString()).contains("bare address");
		assertThat(errors.get(2).get("reason").asString()).isEqualTo("email is missing");
		assertThat(errors.get(3).get("reason").asString()).contains("name is longer than 200");
		assertNothingCreated();
	}

	@Test
	void missingFieldsAndUnknownPlaceholdersAreRefused() {
		Response noSubject = tenant.post("/api/v1/campaigns", json(Map.of("text", "Hi", "recipients", one())));
		assertThat(noSubject.status()).isEqualTo(400);
		assertThat(noSubject.problemType()).isEqualTo("validation");
		assertThat(noSubject.json().get("errors").get(0).get("field").asString()).isEqualTo("subject");

		Response noBody = tenant.post("/api/v1/campaigns", json(Map.of("subject", "Hi", "recipients", one())));
		assertThat(noBody.json().get("errors").get(0).get("field").asString()).isEqualTo("text");

		Response placeholder = tenant.post("/api/v1/campaigns",
				json(Map.of("subject", "Hi {{firstName}}", "html", "{{#name}}Dear {{name}}{{/name}}", "recipients", one())));
		assertThat(placeholder.status()).as(placeholder.text()).isEqualTo(422);
		assertThat(placeholder.problemType()).isEqualTo("invalid-template");
		assertThat(placeholder.json().get("errors").get(0).get("field").asString()).isEqualTo("subject");
		assertThat(placeholder.json().get("detail").asString()).contains("{{firstName}}").contains("{{name}} and {{email}}");
		assertThat(placeholder.json().get("detail").asString())
			.isEqualTo("Fix these templates and retry: {subject=uses [{{firstName}}]; only {{name}} and {{email}} can be filled in}.");

		Response unclosed = tenant.post("/api/v1/campaigns", json(Map.of("subject", "Hi", "text", "{{#name}}Dear", "recipients", one())));
		assertThat(unclosed.problemType()).isEqualTo("invalid-template");

		Response engine = tenant.post("/api/v1/campaigns", json(Map.of("subject", "Hi", "text", "{{> secrets}}", "recipients", one())));
		assertThat(engine.problemType()).as("partials are not reachable").isEqualTo("invalid-template");

		Response unknownField = tenant.post("/api/v1/campaigns", json(Map.of("subject", "Hi", "text", "x", "recipients", one(),
				"sendAt", "tomorrow")));
		assertThat(unknownField.problemType()).isEqualTo("unknown-field");

		Response noRecipients = tenant.post("/api/v1/campaigns", json(Map.of("subject", "Hi", "text", "x")));
		assertThat(noRecipients.status()).isEqualTo(422);
		assertThat(noRecipients.problemType()).isEqualTo("no-recipients");
		assertThat(noRecipients.json().get("detail").asString())
			.matches("The campaign has no recipients\\. Add some with POST /api/v1/campaigns/[0-9a-f-]{36}/recipients first\\.");
		assertNothingCreated();
	}

	@Test
	void aStartedCampaignTakesNoMoreRecipientsAndUnknownOnesAreNotFound() {
		UUID campaign = id(tenant.post("/api/v1/campaigns", json(Map.of("subject", "Hi", "text", "x", "recipients", one()))));

		Response late = tenant.post("/api/v1/campaigns/" + campaign + "/recipients", json(Map.of("recipients", one())));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.problemType()).isEqualTo("campaign-not-draft");

		UUID draft = id(tenant.post("/api/v1/campaigns", json(Map.of("subject", "Hi", "text", "x", "start", false))));
		Response empty = tenant.post("/api/v1/campaigns/" + draft + "/start", "");
		assertThat(empty.problemType()).isEqualTo("no-recipients");
		assertThat(empty.json().get("detail").asString())
			.isEqualTo("The campaign has no recipients. Add some with POST /api/v1/campaigns/" + draft + "/recipients first.");
		Response bad = tenant.post("/api/v1/campaigns/" + draft + "/recipients",
				json(Map.of("recipients", List.of(Map.of("email", "a@" + domain), Map.of("email", "@")))));
		assertThat(bad.problemType()).isEqualTo("invalid-recipients");
		assertThat(tenant.campaign(draft).json().get("total").asInt()).as("none of the batch was added").isZero();

		String unknown = "/api/v1/campaigns/" + UUID.randomUUID();
		assertThat(tenant.get(unknown).problemType()).isEqualTo("not-found");
		assertThat(tenant.post(unknown + "/cancel", "").problemType()).isEqualTo("not-found");
		assertThat(tenant.post(unknown + "/recipients", json(Map.of("recipients", one()))).problemType()).isEqualTo("not-found");
	}

	@Test
	void campaignsBelongToOneTenantAndNeedTheNotificationsScopes() {
		UUID campaign = id(tenant.post("/api/v1/campaigns", json(Map.of("subject", "Hi", "text", "x", "start", false))));
		NotificationCalls other = NotificationCalls.newTenant(plaza);
		String admin = plaza.adminToken();
		String reader = plaza.tenantCaller(admin, tenant.catalog.tenant.toString(), "notifications:read").token();

		assertThat(other.campaign(campaign).status()).isEqualTo(404);
		assertThat(other.post("/api/v1/campaigns/" + campaign + "/start", "").status()).isEqualTo(404);
		assertThat(other.get("/api/v1/campaigns").json().get("items").isEmpty()).isTrue();
		assertThat(plaza.get("/api/v1/campaigns/" + campaign, reader).status()).isEqualTo(200);
		assertThat(plaza.postJson("/api/v1/campaigns/" + campaign + "/cancel", reader, "").problemType())
			.isEqualTo("insufficient-scope");
	}

	private List<Map<String, String>> one() {
		return NotificationCalls.recipients(domain, 0, 1);
	}

	private void assertNothingCreated() {
		assertThat(tenant.get("/api/v1/campaigns").json().get("items").isEmpty()).isTrue();
	}
}
