package dev.plaza.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published e-mail API as orders will use it: a confirmation with the tickets attached, recorded
 * in the order's transaction and sent after it commits, once per dedup key.
 */
@PlazaTest
class EmailsTest {

	private static final byte[] TICKET = "%PDF-1.7 ticket A2 A3".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	PlazaClient plaza;

	@Autowired
	Emails emails;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	GreenMail smtp;

	TenantId tenant;

	String domain;

	@BeforeEach
	void aTenant() {
		tenant = NotificationCalls.newTenant(plaza).catalog.tenant;
		domain = NotificationCalls.uniqueDomain();
	}

	@Test
	void aConfirmationWithTicketsAttachedIsSentAfterTheCallersTransactionCommits() throws Exception {
		EmailMessage confirmation = EmailMessage.text("order-confirmation/1", "ana@" + domain, "Your tickets",
				"Enjoy the film, Ana.")
			.withHtml("<p>Enjoy the film, <b>Ana</b>.</p>")
			.withAttachment(new EmailAttachment("tickets.pdf", "application/pdf", TICKET));

		EmailId id = TenantContext.callAs(tenant, () -> transactions.execute(status -> emails.send(confirmation)));

		MimeMessage received = await().until(() -> smtp.getReceivedMessagesForDomain(domain), m -> m.length == 1)[0];
		assertThat(received.getSubject()).isEqualTo("Your tickets");
		assertThat(received.getFrom()[0].toString()).contains("no-reply@plaza.localhost");
		Multipart parts = (Multipart) received.getContent();
		Part attachment = null;
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				attachment = part;
			}
			else {
				text.append(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(text).contains("Enjoy the film, Ana.").contains("<b>Ana</b>");
		assertThat(attachment).isNotNull();
		assertThat(attachment.getFileName()).isEqualTo("tickets.pdf");
		assertThat(attachment.getContentType()).startsWith("application/pdf");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		attachment.getInputStream().transferTo(bytes);
		assertThat(bytes.toByteArray()).isEqualTo(TICKET);
		await().until(() -> status(id).map(EmailStatus::state).orElseThrow().equals("sent"));
		assertThat(status(id).orElseThrow().attempts()).isEqualTo(1);
	}

	@Test
	void theSameDedupKeyIsSentOnceHoweverOftenItIsSent() throws Exception {
		EmailMessage message = EmailMessage.text("order-confirmation/2", "bo@" + domain, "Your tickets", "Enjoy.");

		EmailId first = TenantContext.callAs(tenant, () -> emails.send(message));
		EmailId again = TenantContext.callAs(tenant, () -> emails.send(message));
		await().until(() -> status(first).map(EmailStatus::state).orElseThrow().equals("sent"));
		EmailId afterSending = TenantContext.callAs(tenant, () -> emails.send(message.withHtml("<p>changed</p>")));

		assertThat(again).isEqualTo(first);
		assertThat(afterSending).isEqualTo(first);
		Thread.sleep(500);
		assertThat(smtp.getReceivedMessagesForDomain(domain)).hasSize(1);
	}

	@Test
	void aRolledBackTransactionSendsNothing() throws Exception {
		EmailMessage message = EmailMessage.text("order-confirmation/3", "cy@" + domain, "Your tickets", "Enjoy.");

		EmailId id = TenantContext.callAs(tenant, () -> transactions.execute(status -> {
			EmailId recorded = emails.send(message);
			status.setRollbackOnly();
			return recorded;
		}));

		Thread.sleep(700);
		assertThat(smtp.getReceivedMessagesForDomain(domain)).isEmpty();
		assertThat(status(id)).isEmpty();
	}

	@Test
	void anotherTenantCannotSeeTheMessage() {
		EmailId id = TenantContext.callAs(tenant,
				() -> emails.send(EmailMessage.text("order-confirmation/4", "di@" + domain, "Tickets", "Enjoy.")));
		TenantId other = NotificationCalls.newTenant(plaza).catalog.tenant;

		assertThat(TenantContext.callAs(other, () -> emails.status(id))).isEmpty();
		assertThat(TenantContext.callAs(other,
				() -> emails.send(EmailMessage.text("order-confirmation/4", "di@" + domain, "Tickets", "Enjoy."))))
			.as("dedup keys are per tenant").isNotEqualTo(id);
		await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessagesForDomain(domain).length == 2);
	}

	private Optional<EmailStatus> status(EmailId id) {
		return TenantContext.callAs(tenant, () -> emails.status(id));
	}
}
