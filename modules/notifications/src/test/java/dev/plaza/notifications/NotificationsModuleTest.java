package dev.plaza.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.plaza.notifications.domain.WebhookSignature;
import dev.plaza.notifications.persistence.WebhookEndpointRepository;
import dev.plaza.platform.Ids;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.venues.ShowtimeCancelled;
import dev.plaza.venues.ShowtimeId;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications on their own, as orders and the other modules use them: {@link Emails} sent over
 * real SMTP (GreenMail) and other modules' events passed on to a tenant's webhook endpoint (a real
 * HTTP server on loopback), on a real PostgreSQL, with no other business module started. Module
 * tests share one test instance, so each test has a tenant, and recipients at a domain, of its own.
 */
@ApplicationModuleTest
@TestPropertySource(properties = {
		// Boot configures mail only when a host is set; the port is the SMTP server's, once it listens.
		"spring.mail.host=127.0.0.1",
		"plaza.notifications.poll-interval=100ms", "plaza.notifications.emails.retry-base=100ms",
		"plaza.notifications.webhooks.retry-base=100ms",
		// The test's webhook receiver listens on loopback.
		"plaza.notifications.webhooks.allow-private-addresses=true" })
class NotificationsModuleTest {

	@Autowired
	Emails emails;

	@Autowired
	GreenMail smtp;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	WebhookEndpointRepository endpoints;

	@Test
	void anEmailIsSentOverSmtpAfterTheCallersTransactionCommits() throws Exception {
		TenantId tenant = newTenant();
		String domain = newDomain();

		EmailId id = TenantContext.callAs(tenant, () -> transactions.execute(status -> emails
			.send(EmailMessage.text("order-confirmation/1", "ana@" + domain, "Your tickets", "Enjoy the film, Ana."))));

		EmailStatus sent = await().until(() -> status(tenant, id), status -> status.state().equals("sent"));
		assertThat(sent.attempts()).isEqualTo(1);
		MimeMessage[] received = smtp.getReceivedMessagesForDomain(domain);
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Your tickets");
		assertThat(received[0].getFrom()[0].toString()).isEqualTo("Plaza <no-reply@plaza.localhost>");
		assertThat(received[0].getContent().toString()).contains("Enjoy the film, Ana.");
	}

	@Test
	void aMessageSentAgainUnderTheSameDedupKeyIsRecordedAndSentOnce() {
		TenantId tenant = newTenant();
		String domain = newDomain();

		EmailId first = TenantContext.callAs(tenant,
				() -> emails.send(EmailMessage.text("order-confirmation/2", "ben@" + domain, "Your tickets", "First.")));
		EmailId again = TenantContext.callAs(tenant,
				() -> emails.send(EmailMessage.text("order-confirmation/2", "ben@" + domain, "Your tickets, again", "Again.")));

		assertThat(again).isEqualTo(first);
		await().until(() -> status(tenant, first), status -> status.state().equals("sent"));
		assertThat(smtp.getReceivedMessagesForDomain(domain)).extracting(MimeMessage::getSubject)
			.containsExactly("Your tickets");
	}

	@Test
	void anEmailOfARolledBackTransactionIsNeverRecorded() {
		TenantId tenant = newTenant();

		EmailId id = TenantContext.callAs(tenant, () -> transactions.execute(status -> {
			EmailId recorded = emails.send(EmailMessage.text("order-confirmation/3", "eva@" + newDomain(), "Your tickets",
					"The order failed after this."));
			status.setRollbackOnly();
			return recorded;
		}));

		// The dispatcher sends only what is recorded: with no row, nothing goes out.
		assertThat(TenantContext.callAs(tenant, () -> emails.status(id))).isEmpty();
	}

	@Test
	void anAddressNoServerCanTakeFailsAtOnceAndSaysWhy() {
		TenantId tenant = newTenant();

		EmailId id = TenantContext.callAs(tenant,
				() -> emails.send(EmailMessage.text("order-confirmation/4", "not an address", "Your tickets", "Lost.")));

		EmailStatus failed = await().until(() -> status(tenant, id), status -> status.state().equals("failed"));
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.lastError()).contains("could not be composed");
		assertThat(failed.sentAt()).isNull();
	}

	@Test
	void aCancelledShowtimeReachesTheTenantsWebhookEndpointSigned(Scenario scenario) throws IOException {
		TenantId tenant = newTenant();
		ShowtimeId showtime = new ShowtimeId(UUID.randomUUID());
		String secret = WebhookSignature.newSecret();
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(status -> endpoints.insert(Ids.newId(),
					receiver.url(), List.of("showtime.cancelled"), "box office", secret)));

			scenario.publish(new ShowtimeCancelled(tenant, showtime))
				.andWaitForStateChange(receiver::received, received -> !received.isEmpty())
				.andVerify(received -> {
					Delivery delivery = received.getFirst();
					assertThat(delivery.body()).contains("\"type\":\"showtime.cancelled\"")
						.contains("\"showtimeId\":\"" + showtime.value() + "\"");
					assertThat(delivery.isSignedWith(secret)).as(delivery.signature()).isTrue();
				});
		}
	}

	private EmailStatus status(TenantId tenant, EmailId id) {
		return TenantContext.callAs(tenant, () -> emails.status(id)).orElseThrow();
	}

	private static TenantId newTenant() {
		return TenantId.of(UUID.randomUUID().toString());
	}

	private static String newDomain() {
		return UUID.randomUUID() + ".example";
	}

	/**
	 * The SMTP server the module sends to: GreenMail on a free port of 127.0.0.1, stopped with the
	 * context. Tests tell their messages apart by the recipients' domain.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SmtpServer {

		@Bean(destroyMethod = "stop")
		GreenMail smtpServer() {
			GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
			return server;
		}

		@Bean
		DynamicPropertyRegistrar smtpSettings(GreenMail smtpServer) {
			return registry -> registry.add("spring.mail.port", () -> smtpServer.getSmtp().getPort());
		}
	}

	/** A tenant's webhook endpoint: a real HTTP server on 127.0.0.1 that records each request and answers 204. */
	static final class WebhookReceiver implements AutoCloseable {

		private final HttpServer server;

		private final List<Delivery> received = new CopyOnWriteArrayList<>();

		WebhookReceiver() throws IOException {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", this::handle);
			server.start();
		}

		String url() {
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
		}

		List<Delivery> received() {
			return List.copyOf(received);
		}

		private void handle(HttpExchange exchange) throws IOException {
			try (InputStream in = exchange.getRequestBody()) {
				var headers = exchange.getRequestHeaders();
				received.add(new Delivery(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
						headers.getFirst("webhook-signature"), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		}

		@Override
		public void close() {
			server.stop(0);
		}
	}

	record Delivery(String id, String timestamp, String signature, String body) {

		/** The receiver's check, as the README tells tenants to verify a delivery (Standard Webhooks). */
		boolean isSignedWith(String secret) {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
				byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
				return List.of(signature.split(" ")).contains("v1," + Base64.getEncoder().encodeToString(expected));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}
}
