package dev.plaza.notifications;

import static dev.plaza.notifications.NotificationCalls.id;
import static org.assertj.core.api.Assertions.assertThat;

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

/** A tenant registers where it wants events, sees its endpoints, and removes them; bad URLs are refused. */
@PlazaTest
class WebhookEndpointsTest {

	@Autowired
	PlazaClient plaza;

	NotificationCalls tenant;

	@BeforeEach
	void aTenant() {
		tenant = NotificationCalls.newTenant(plaza);
	}

	@Test
	void aRegisteredEndpointGetsASecretShownOnceAndCanBeDeleted() {
		Response created = tenant.registerEndpoint("https://hooks.example.com/plaza", "showtime.cancelled", "seats.held");

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		UUID id = id(created);
		assertThat(created.header("Location")).isEqualTo("/api/v1/webhooks/endpoints/" + id);
		assertThat(created.json().get("secret").asString()).startsWith("whsec_").hasSizeGreaterThan(40);
		assertThat(created.json().get("eventTypes").valueStream().map(JsonNode::asString))
			.containsExactly("showtime.cancelled", "seats.held");

		Response read = tenant.get("/api/v1/webhooks/endpoints/" + id);
		assertThat(read.json().get("url").asString()).isEqualTo("https://hooks.example.com/plaza");
		assertThat(read.json().has("secret")).as("the secret is shown only at creation").isFalse();
		Response listed = tenant.get("/api/v1/webhooks/endpoints");
		assertThat(listed.json().get("items").valueStream().map(e -> e.get("id").asString())).containsExactly(id.toString());
		assertThat(listed.text()).doesNotContain("whsec_");

		assertThat(tenant.delete("/api/v1/webhooks/endpoints/" + id).status()).isEqualTo(204);
		assertThat(tenant.get("/api/v1/webhooks/endpoints/" + id).problemType()).isEqualTo("not-found");
		assertThat(tenant.get("/api/v1/webhooks/endpoints").json().get("items").isEmpty()).isTrue();
		assertThat(tenant.delete("/api/v1/webhooks/endpoints/" + id).status()).isEqualTo(404);
	}

	@Test
	void urlsThatCannotReceiveWebhooksAreRefusedWithTheReason() {
		assertRefused("ftp://files.example.com/in", "must use http or https");
		assertRefused("hooks.example.com/in", "must use http or https");
		assertRefused("https:///nohost", "must name a host");
		assertRefused("https://user:pass@hooks.example.com/in", "must not carry credentials");
		assertRefused("https://hooks.example.com/in#part", "must not have a fragment");
		assertRefused("https://hooks example.com", "is not a valid URL");
		assertRefused("", "is required");
		assertRefused("https://hooks.example.com/" + "x".repeat(2100), "is longer than 2048");

		assertThat(tenant.get("/api/v1/webhooks/endpoints").json().get("items").isEmpty()).as("nothing was stored").isTrue();
	}

	/**
	 * Issue 13, item 7: 0177.0.0.1 is 127.0.0.1 to resolvers and 177.0.0.1 to Java. Such hosts are refused
	 * even here, where private addresses are allowed: they are ambiguous, not merely private.
	 */
	@Test
	void numericHostsNotInDottedDecimalFormAreRefusedWhereverTheyPoint() {
		for (String url : List.of("http://0177.0.0.1/x", "http://0x7f.0.0.1/x", "http://0x7f000001/x", "http://127.1/x",
				"http://127.0.1/x", "http://2130706433/x", "http://0x7f.0.1/x", "http://127.000.0.01/x",
				"https://010.0.0.8:8443/x", "http://0300.0250.0.1/hooks")) {
			assertRefused(url, "numeric host");
		}

		assertThat(tenant.get("/api/v1/webhooks/endpoints").json().get("items").isEmpty()).as("nothing was stored").isTrue();
		assertThat(tenant.registerEndpoint("http://127.0.0.1:9/x", "*").status()).as("dotted decimal is taken here")
			.isEqualTo(201);
	}

	@Test
	void eventTypesMustBeOnesThatArePublished() {
		Response unknown = tenant.registerEndpoint("https://hooks.example.com/in", "showtime.cancelled", "showtime.canceled");

		assertThat(unknown.status()).as(unknown.text()).isEqualTo(422);
		assertThat(unknown.problemType()).isEqualTo("unknown-event-types");
		assertThat(unknown.json().get("unknown").get(0).asString()).isEqualTo("showtime.canceled");
		assertThat(unknown.json().get("known").valueStream().map(JsonNode::asString))
			.contains("showtime.cancelled", "seats.held", "seats.released", "transfers.posted");

		Response none = tenant.registerEndpoint("https://hooks.example.com/in");
		assertThat(none.problemType()).isEqualTo("validation");
		assertThat(none.json().get("errors").get(0).get("field").asString()).isEqualTo("eventTypes");

		assertThat(id(tenant.registerEndpoint("https://hooks.example.com/all", "*"))).isNotNull();
	}

	@Test
	void endpointsNeedTheNotificationsScopesAndBelongToOneTenant() {
		UUID id = id(tenant.registerEndpoint("https://hooks.example.com/in", "*"));
		String admin = plaza.adminToken();
		String otherTenant = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		String reader = plaza.tenantCaller(admin, otherTenant, "tenant:read").token();
		NotificationCalls other = NotificationCalls.newTenant(plaza);

		assertThat(plaza.get("/api/v1/webhooks/endpoints", reader).status()).isEqualTo(403);
		assertThat(plaza.postJson("/api/v1/webhooks/endpoints", reader, "{\"url\":\"https://a.example\",\"eventTypes\":[\"*\"]}")
			.problemType()).isEqualTo("insufficient-scope");
		assertThat(other.get("/api/v1/webhooks/endpoints/" + id).status()).isEqualTo(404);
		assertThat(other.get("/api/v1/webhooks/endpoints").json().get("items").isEmpty()).isTrue();
		assertThat(other.delete("/api/v1/webhooks/endpoints/" + id).status()).isEqualTo(404);
		assertThat(tenant.get("/api/v1/webhooks/endpoints/" + id).status()).as("still there for its owner").isEqualTo(200);
	}

	private void assertRefused(String url, String reason) {
		Response refused = tenant.post("/api/v1/webhooks/endpoints",
				NotificationCalls.JSON.writeValueAsString(Map.of("url", url, "eventTypes", List.of("*"))));
		assertThat(refused.status()).as(url + ": " + refused.text()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("validation");
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("url");
		assertThat(refused.json().get("detail").asString()).contains(reason);
	}
}
