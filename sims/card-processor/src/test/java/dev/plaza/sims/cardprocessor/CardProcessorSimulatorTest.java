package dev.plaza.sims.cardprocessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulator as Plaza's card-processor adapter meets it: over HTTP, with webhooks to a real receiver. */
class CardProcessorSimulatorTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	final HttpClient http = HttpClient.newHttpClient();

	Receiver receiver;

	CardProcessorSimulator processor;

	@BeforeEach
	void aProcessorSendingWebhooksToAReceiver() throws IOException {
		receiver = new Receiver();
		processor = CardProcessorSimulator.start(Settings.defaults()
			.withApiKey("sk_test_123")
			.withWebhookSecret("whsec_abc")
			.withWebhookUrl(receiver.url())
			.withSlowAnswerDelay(Duration.ofMillis(1500))
			.withPendingDelay(Duration.ofMillis(300))
			.withWebhookRetries(4, Duration.ofMillis(50)));
	}

	@AfterEach
	void stop() {
		processor.close();
		receiver.close();
	}

	@Test
	void anApprovedChargeSucceedsAndIsAnnouncedByASignedWebhook() throws Exception {
		String payment = UUID.randomUUID().toString();

		HttpResponse<String> answer = charge("tok_approve", payment, payment);

		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode charge = JSON.readTree(answer.body());
		assertThat(charge.get("id").asString()).startsWith("ch_");
		assertThat(charge.get("status").asString()).isEqualTo("succeeded");
		assertThat(charge.get("amount").asLong()).isEqualTo(1250);
		assertThat(charge.get("currency").asString()).isEqualTo("eur");
		assertThat(charge.get("metadata").get("payment_id").asString()).isEqualTo(payment);
		Receiver.Delivery webhook = await().until(() -> receiver.deliveries.stream().findFirst().orElse(null), d -> d != null);
		JsonNode event = JSON.readTree(webhook.body());
		assertThat(event.get("id").asString()).startsWith("evt_");
		assertThat(event.get("type").asString()).isEqualTo("charge.succeeded");
		assertThat(event.get("data").get("object").get("id")).isEqualTo(charge.get("id"));
		assertThat(webhook.signature()).matches("t=\\d+,v1=[0-9a-f]{64}");
		long timestamp = Long.parseLong(webhook.signature().substring(2, webhook.signature().indexOf(',')));
		assertThat(timestamp).isCloseTo(Instant.now().getEpochSecond(), within(5L));
		assertThat(webhook.signature()).endsWith("v1=" + hmac("whsec_abc", timestamp + "." + webhook.body()));
	}

	@Test
	void aDeclinedCardIsA402CardErrorAndTheFailedChargeCanBeRead() throws Exception {
		HttpResponse<String> answer = charge("tok_decline", UUID.randomUUID().toString(), null);

		assertThat(answer.statusCode()).isEqualTo(402);
		JsonNode error = JSON.readTree(answer.body()).get("error");
		assertThat(error.get("type").asString()).isEqualTo("card_error");
		assertThat(error.get("code").asString()).isEqualTo("card_declined");
		assertThat(error.get("decline_code").asString()).isEqualTo("generic_decline");
		JsonNode charge = JSON.readTree(get("/v1/charges/" + error.get("charge").asString()).body());
		assertThat(charge.get("status").asString()).isEqualTo("failed");
		assertThat(await().until(() -> receiver.deliveries.size(), n -> n == 1)).isEqualTo(1);
		assertThat(JSON.readTree(receiver.deliveries.getFirst().body()).get("type").asString()).isEqualTo("charge.failed");
	}

	@Test
	void theSameIdempotencyKeyGivesTheSameChargeAndNeverASecondOne() throws Exception {
		String payment = UUID.randomUUID().toString();

		HttpResponse<String> first = charge("tok_approve", payment, payment);
		HttpResponse<String> again = charge("tok_approve", payment, payment);
		HttpResponse<String> otherParameters = charge("tok_decline", payment, payment);

		assertThat(again.body()).isEqualTo(first.body());
		assertThat(otherParameters.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(otherParameters.body()).get("error").get("type").asString()).isEqualTo("idempotency_error");
		JsonNode byKey = JSON.readTree(get("/v1/charges?idempotency_key=" + payment).body());
		JsonNode byMetadata = JSON.readTree(get("/v1/charges?metadata%5Bpayment_id%5D=" + payment).body());
		assertThat(byKey.get("data")).hasSize(1);
		assertThat(byMetadata.get("data")).hasSize(1);
		assertThat(byKey.get("data").get(0).get("id")).isEqualTo(JSON.readTree(first.body()).get("id"));
	}

	@Test
	void aTimeoutTokenAnswersTooLateForTheCallerYetTheChargeSucceedsWithoutWebhook() throws Exception {
		String payment = UUID.randomUUID().toString();

		assertThatThrownBy(() -> http.send(chargeRequest("tok_timeout", payment, payment).timeout(Duration.ofMillis(300)).build(),
				HttpResponse.BodyHandlers.ofString())).isInstanceOf(HttpTimeoutException.class);

		JsonNode found = JSON.readTree(get("/v1/charges?idempotency_key=" + payment).body()).get("data");
		assertThat(found).hasSize(1);
		assertThat(found.get(0).get("status").asString()).isEqualTo("succeeded");
		HttpResponse<String> retried = charge("tok_timeout", payment, payment);
		assertThat(JSON.readTree(retried.body()).get("id")).isEqualTo(found.get(0).get("id"));
		Thread.sleep(300);
		assertThat(receiver.deliveries).isEmpty();
	}

	@Test
	void aPendingChargeSucceedsLaterAndTheWebhookSaysSo() throws Exception {
		JsonNode pending = JSON.readTree(charge("tok_pending", UUID.randomUUID().toString(), null).body());
		assertThat(pending.get("status").asString()).isEqualTo("pending");

		Receiver.Delivery webhook = await().until(() -> receiver.deliveries.stream().findFirst().orElse(null), d -> d != null);

		assertThat(JSON.readTree(webhook.body()).get("data").get("object").get("status").asString()).isEqualTo("succeeded");
		assertThat(JSON.readTree(get("/v1/charges/" + pending.get("id").asString()).body()).get("status").asString())
			.isEqualTo("succeeded");
	}

	@Test
	void theDuplicateWebhookTokenDeliversOneEventTwice() throws Exception {
		charge("tok_duplicate_webhook", UUID.randomUUID().toString(), null);

		await().until(() -> receiver.deliveries.size() == 2);

		assertThat(receiver.deliveries).extracting(d -> JSON.readTree(d.body()).get("id").asString()).hasSize(2)
			.containsOnly(JSON.readTree(receiver.deliveries.getFirst().body()).get("id").asString());
	}

	@Test
	void aWebhookIsRetriedUntilTheReceiverAnswers2xx() throws Exception {
		receiver.refuseNext.set(2);

		charge("tok_approve", UUID.randomUUID().toString(), null);

		await().until(() -> receiver.deliveries.size() == 3);
		Thread.sleep(300);
		assertThat(receiver.deliveries).hasSize(3)
			.extracting(d -> JSON.readTree(d.body()).get("id").asString())
			.containsOnly(JSON.readTree(receiver.deliveries.getFirst().body()).get("id").asString());
	}

	@Test
	void refundsArePartialOrWhatIsLeftAndNeverMoreThanWasPaid() throws Exception {
		String chargeId = JSON.readTree(charge("tok_approve", UUID.randomUUID().toString(), null).body()).get("id").asString();

		HttpResponse<String> partial = post("/v1/charges/" + chargeId + "/refunds", "{\"amount\": 250}", "refund-1");
		HttpResponse<String> replayed = post("/v1/charges/" + chargeId + "/refunds", "{\"amount\": 250}", "refund-1");
		HttpResponse<String> tooMuch = post("/v1/charges/" + chargeId + "/refunds", "{\"amount\": 1001}", "refund-2");
		HttpResponse<String> rest = post("/v1/charges/" + chargeId + "/refunds", "{}", "refund-3");

		assertThat(partial.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(partial.body()).get("amount").asLong()).isEqualTo(250);
		assertThat(replayed.body()).isEqualTo(partial.body());
		assertThat(tooMuch.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(tooMuch.body()).get("error").get("code").asString()).isEqualTo("amount_too_large");
		assertThat(JSON.readTree(rest.body()).get("amount").asLong()).isEqualTo(1000);
		JsonNode charge = JSON.readTree(get("/v1/charges/" + chargeId).body());
		assertThat(charge.get("amount_refunded").asLong()).isEqualTo(1250);
		assertThat(charge.get("refunded").asBoolean()).isTrue();
	}

	@Test
	void aWrongApiKeyIsRefusedAndAnUnknownTokenCreatesNoCharge() throws Exception {
		HttpResponse<String> unauthorized = http.send(HttpRequest.newBuilder(processor.baseUrl().resolve("/v1/charges/x"))
			.header("Authorization", "Bearer sk_wrong").build(), HttpResponse.BodyHandlers.ofString());
		String payment = UUID.randomUUID().toString();
		HttpResponse<String> unknownToken = charge("tok_nonsense", payment, payment);

		assertThat(unauthorized.statusCode()).isEqualTo(401);
		assertThat(unknownToken.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(unknownToken.body()).get("error").get("param").asString()).isEqualTo("payment_method");
		assertThat(JSON.readTree(get("/v1/charges?idempotency_key=" + payment).body()).get("data")).isEmpty();
	}

	@Test
	void duringAnOutageConnectionsAreRefusedAndAfterwardsChargesAreStillKnown() throws Exception {
		String chargeId = JSON.readTree(charge("tok_approve", UUID.randomUUID().toString(), null).body()).get("id").asString();

		try (CardProcessorSimulator.Outage outage = processor.outage()) {
			assertThatThrownBy(() -> get("/v1/charges/" + chargeId)).isInstanceOf(ConnectException.class);
		}

		assertThat(get("/v1/charges/" + chargeId).statusCode()).isEqualTo(200);
	}

	HttpResponse<String> charge(String token, String payment, String idempotencyKey) throws Exception {
		return http.send(chargeRequest(token, payment, idempotencyKey).build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest.Builder chargeRequest(String token, String payment, String idempotencyKey) {
		HttpRequest.Builder request = HttpRequest.newBuilder(processor.baseUrl().resolve("/v1/charges"))
			.header("Authorization", "Bearer sk_test_123")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"amount": 1250, "currency": "EUR", "payment_method": "%s",
					 "metadata": {"tenant_id": "t-1", "payment_id": "%s"}}""".formatted(token, payment)));
		return idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey);
	}

	HttpResponse<String> post(String path, String body, String idempotencyKey) throws Exception {
		return http.send(HttpRequest.newBuilder(processor.baseUrl().resolve(path))
			.header("Authorization", "Bearer sk_test_123")
			.header("Idempotency-Key", idempotencyKey)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(processor.baseUrl() + path))
			.header("Authorization", "Bearer sk_test_123")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String hmac(String secret, String text) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
	}
}
