package dev.plaza.notifications;

import static dev.plaza.notifications.NotificationCalls.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A cinema chain tells thousands of customers that a showtime is cancelled: the campaign runs in the
 * background at the tenant's rate (250 messages/s in tests), its progress can be watched, and the
 * SMTP server receives exactly one personalised message per recipient.
 */
@PlazaTest
class CampaignTest {

	private static final int RATE = 250;

	@Autowired
	PlazaClient plaza;

	@Autowired
	GreenMail smtp;

	NotificationCalls tenant;

	String domain;

	@BeforeEach
	void aTenant() {
		tenant = NotificationCalls.newTenant(plaza);
		domain = NotificationCalls.uniqueDomain();
	}

	@Test
	void thousandsOfCustomersEachGetOnePersonalisedMessageAtTheTenantsRate() throws Exception {
		int total = 2_000;
		UUID campaign = id(tenant.post("/api/v1/campaigns", json(Map.of("subject", "Showtime cancelled, {{name}}",
				"text", "Dear {{name}}, tonight's showtime is cancelled. Write to us from {{email}} for a refund.",
				"html", "<p>Dear {{name}},</p><p>tonight's showtime is cancelled.</p>", "start", false))));
		for (int from = 0; from < total; from += 1_000) {
			Response added = tenant.post("/api/v1/campaigns/" + campaign + "/recipients",
					json(Map.of("recipients", NotificationCalls.recipients(domain, from, 1_000))));
			assertThat(added.status()).as(added.text()).isEqualTo(200);
		}
		JsonNode draft = tenant.campaign(campaign).json();
		assertThat(draft.get("status").asString()).isEqualTo("draft");
		assertThat(draft.get("total").asInt()).isEqualTo(total);
		assertThat(smtp.getReceivedMessagesForDomain(domain)).as("a draft sends nothing").isEmpty();

		Instant started = Instant.now();
		Response start = tenant.post("/api/v1/campaigns/" + campaign + "/start", "");
		assertThat(start.status()).as(start.text()).isEqualTo(200);
		assertThat(start.json().get("status").asString()).isEqualTo("running");

		List<Sample> seen = new ArrayList<>();
		JsonNode done = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
			JsonNode progress = tenant.campaign(campaign).json();
			seen.add(new Sample(Instant.now(), progress));
			return progress;
		}, progress -> progress.get("status").asString().equals("completed"));
		Duration took = Duration.between(started, Instant.now());

		assertThat(done.get("sent").asInt()).isEqualTo(total);
		assertThat(done.get("failed").asInt()).isZero();
		assertThat(done.get("pending").asInt()).isZero();
		assertThat(seen).extracting(Sample::progress).as("progress is visible while it runs").anySatisfy(progress -> {
			assertThat(progress.get("status").asString()).isEqualTo("running");
			assertThat(progress.get("sent").asInt()).isBetween(1, total - 1);
			assertThat(progress.get("sent").asInt() + progress.get("pending").asInt()).isEqualTo(total);
		});
		for (int i = 1; i < seen.size(); i++) {
			double seconds = Duration.between(seen.get(0).at(), seen.get(i).at()).toMillis() / 1000.0;
			assertThat(seen.get(i).sent() - seen.get(0).sent()).as("never faster than %d/s after a second's burst", RATE)
				.isLessThanOrEqualTo((int) (RATE * (seconds + 1)));
		}
		assertThat(took).as("throttled: beyond the first second's burst, %d messages take %d s at %d/s", total - RATE,
				(total - RATE) / RATE, RATE).isGreaterThanOrEqualTo(Duration.ofSeconds((total - RATE) / RATE));

		Map<String, List<MimeMessage>> byRecipient = receivedByRecipient();
		assertThat(byRecipient).hasSize(total);
		assertThat(byRecipient.values()).allSatisfy(messages -> assertThat(messages).as("exactly once").hasSize(1));
		MimeMessage one = byRecipient.get("c1234@" + domain).getFirst();
		assertThat(one.getSubject()).isEqualTo("Showtime cancelled, N1234");
		assertThat(GreenMailUtil.getBody(one)).contains("Dear N1234, tonight").contains("c1234@" + domain)
			.contains("<p>Dear N1234,</p>");
	}

	@Test
	void aRetriedCreationWithTheSameIdempotencyKeySendsOnce() throws Exception {
		String body = json(Map.of("subject", "Hello", "text", "Hi {{name}}",
				"recipients", NotificationCalls.recipients(domain, 0, 20)));
		String key = UUID.randomUUID().toString();

		Response first = tenant.post("/api/v1/campaigns", body, "Idempotency-Key", key);
		Response retried = tenant.post("/api/v1/campaigns", body, "Idempotency-Key", key);

		assertThat(first.status()).as(first.text()).isEqualTo(201);
		assertThat(retried.status()).isEqualTo(201);
		assertThat(retried.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		UUID campaign = id(first);
		await().until(() -> tenant.campaign(campaign).json().get("status").asString().equals("completed"));
		assertThat(receivedByRecipient()).hasSize(20).allSatisfy((to, messages) -> assertThat(messages).hasSize(1));
		assertThat(tenant.get("/api/v1/campaigns").json().get("items").size()).isEqualTo(1);
	}

	@Test
	void anAddressListedTwiceIsSentOnce() throws Exception {
		List<Map<String, String>> recipients = new ArrayList<>(NotificationCalls.recipients(domain, 0, 5));
		recipients.add(Map.of("email", "C3@" + domain.toUpperCase(), "name", "Again"));

		UUID campaign = id(tenant.post("/api/v1/campaigns", json(Map.of("subject", "Hello", "html", "<b>Hi</b>",
				"recipients", recipients))));

		await().until(() -> tenant.campaign(campaign).json().get("status").asString().equals("completed"));
		assertThat(tenant.campaign(campaign).json().get("total").asInt()).isEqualTo(5);
		assertThat(receivedByRecipient()).hasSize(5).allSatisfy((to, messages) -> assertThat(messages).hasSize(1));
	}

	@Test
	void aCancelledCampaignStopsSending() throws Exception {
		UUID campaign = id(tenant.post("/api/v1/campaigns", json(Map.of("subject", "Hello", "text", "Hi", "start", false))));
		tenant.post("/api/v1/campaigns/" + campaign + "/recipients",
				json(Map.of("recipients", NotificationCalls.recipients(domain, 0, 1_000))));
		tenant.post("/api/v1/campaigns/" + campaign + "/recipients",
				json(Map.of("recipients", NotificationCalls.recipients(domain, 1_000, 1_000))));
		tenant.post("/api/v1/campaigns/" + campaign + "/start", "");
		await().pollInterval(Duration.ofMillis(50)).until(() -> tenant.campaign(campaign).json().get("sent").asInt() > 0);

		Response cancelled = tenant.post("/api/v1/campaigns/" + campaign + "/cancel", "");

		assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
		assertThat(cancelled.json().get("status").asString()).isEqualTo("cancelled");
		Thread.sleep(1_500);
		JsonNode after = tenant.campaign(campaign).json();
		assertThat(after.get("status").asString()).isEqualTo("cancelled");
		assertThat(after.get("sent").asInt()).isLessThan(2_000);
		assertThat(after.get("pending").asInt()).isEqualTo(2_000 - after.get("sent").asInt());
		assertThat(smtp.getReceivedMessagesForDomain(domain)).hasSize(after.get("sent").asInt());
		assertThat(tenant.post("/api/v1/campaigns/" + campaign + "/cancel", "").status()).isEqualTo(200);
		assertThat(tenant.post("/api/v1/campaigns/" + campaign + "/start", "").problemType()).isEqualTo("campaign-finished");
	}

	private Map<String, List<MimeMessage>> receivedByRecipient() throws Exception {
		List<MimeMessage> messages = List.of(smtp.getReceivedMessagesForDomain(domain));
		Function<MimeMessage, String> recipient = message -> {
			try {
				return message.getRecipients(Message.RecipientType.TO)[0].toString().toLowerCase();
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		};
		return messages.stream().collect(Collectors.groupingBy(recipient));
	}

	/** The progress as read at a moment. */
	record Sample(Instant at, JsonNode progress) {

		int sent() {
			return progress.get("sent").asInt();
		}
	}

	static String json(Object value) {
		return NotificationCalls.JSON.writeValueAsString(value);
	}
}
