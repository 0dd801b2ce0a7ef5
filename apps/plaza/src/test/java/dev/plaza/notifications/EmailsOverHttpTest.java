package dev.plaza.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link Emails} as commerce-service serves it to identity-service, which has no notifications of
 * its own: the services client sends an e-mail for the tenant its call names, and reads its status.
 */
@PlazaTest
class EmailsOverHttpTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	GreenMail smtp;

	@Test
	void aServiceSendsAnEmailForTheTenantItNamesAndReadsItsStatus() throws Exception {
		String tenant = plaza.newOrganization(plaza.adminToken()).get("tenants").get(0).get("id").asString();
		String services = plaza.token("plaza-services", PlazaClient.SERVICES_SECRET);
		String domain = "remote-" + UUID.randomUUID().toString().substring(0, 8) + ".test";

		Response sent = plaza.send(HttpRequest.newBuilder(plaza.uri("/internal/v1/notifications/emails"))
			.header("Authorization", "Bearer " + services)
			.header("Plaza-Tenant", tenant)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"dedupKey": "invitation/1", "to": "ana@%s", "subject": "You are invited", "text": "Choose a password."}"""
				.formatted(domain))));

		assertThat(sent.status()).isEqualTo(200);
		MimeMessage received = await().until(() -> smtp.getReceivedMessagesForDomain(domain), m -> m.length == 1)[0];
		assertThat(received.getSubject()).isEqualTo("You are invited");
		Response status = plaza.send(HttpRequest.newBuilder(plaza.uri("/internal/v1/notifications/emails/"
				+ sent.json().get("value").asString()))
			.header("Authorization", "Bearer " + services)
			.header("Plaza-Tenant", tenant)
			.GET());
		assertThat(status.status()).isEqualTo(200);
		assertThat(status.json().get("state").asString()).isIn("pending", "sending", "sent");
	}

	@Test
	void anEmailForNoTenantIsRefused() {
		String services = plaza.token("plaza-services", PlazaClient.SERVICES_SECRET);

		Response refused = plaza.send(HttpRequest.newBuilder(plaza.uri("/internal/v1/notifications/emails"))
			.header("Authorization", "Bearer " + services)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"dedupKey": "x", "to": "ana@example.test", "subject": "Hello", "text": "Hi."}""")));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("detail").asString()).contains("Plaza-Tenant");
	}
}
