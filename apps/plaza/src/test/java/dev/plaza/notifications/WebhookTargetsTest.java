package dev.plaza.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * As deployed, webhooks may not point into Plaza's own network: loopback, private, link-local (the
 * cloud metadata service) and other non-public addresses are refused, by address or by a name that
 * resolves to one, and nothing is stored.
 */
@PlazaTest
// A context of its own, so a PostgreSQL of its own: sharing the default one's data directory would stop it.
@TestPropertySource(properties = { "plaza.notifications.webhooks.allow-private-addresses=false",
		"plaza.home=target/test-var-webhook-targets" })
class WebhookTargetsTest {

	@Autowired
	PlazaClient plaza;

	@Test
	void endpointsOnNonPublicAddressesAreRefusedWithTheReason() {
		NotificationCalls tenant = NotificationCalls.newTenant(plaza);

		assertRefused(tenant, "http://127.0.0.1:8080/hooks", "127.0.0.1 is a loopback address");
		assertRefused(tenant, "http://localhost/hooks", "localhost is at 127.0.0.1, a loopback address");
		assertRefused(tenant, "http://[::1]/hooks", "a loopback address");
		assertRefused(tenant, "http://169.254.169.254/latest/meta-data", "a link-local address");
		assertRefused(tenant, "https://10.0.0.8/hooks", "a private network address");
		assertRefused(tenant, "https://[::ffff:192.168.1.1]/hooks", "a private network address");
		assertRefused(tenant, "http://0.0.0.0:5432/", "an unspecified address");
		assertRefused(tenant, "http://[::ffff:7f00:1]/hooks", "a loopback address");
		assertRefused(tenant, "http://[::127.0.0.1]/hooks", "an IPv6 form of 127.0.0.1, a loopback address");
		assertRefused(tenant, "http://[64:ff9b::7f00:1]/hooks", "an IPv6 form of 127.0.0.1, a loopback address");
		assertRefused(tenant, "http://[64:ff9b::a9fe:a9fe]/latest/meta-data", "169.254.169.254, a link-local address");
		assertRefused(tenant, "http://[2002:a00:8::1]/hooks", "an IPv6 form of 10.0.0.8, a private network address");

		assertThat(tenant.get("/api/v1/webhooks/endpoints").json().get("items").isEmpty()).as("nothing was stored").isTrue();
		assertThat(tenant.registerEndpoint("https://hooks.example.com/plaza", "*").status())
			.as("a public name (unresolvable here) is taken; its deliveries would be checked again").isEqualTo(201);
	}

	private static void assertRefused(NotificationCalls tenant, String url, String reason) {
		Response refused = tenant.post("/api/v1/webhooks/endpoints",
				NotificationCalls.JSON.writeValueAsString(Map.of("url", url, "eventTypes", List.of("*"))));
		assertThat(refused.status()).as(url + ": " + refused.text()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("validation");
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("url");
		assertThat(refused.json().get("detail").asString()).contains(reason).contains("webhooks go to public endpoints only");
	}
}
