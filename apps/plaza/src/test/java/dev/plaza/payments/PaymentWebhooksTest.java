package dev.plaza.payments;

import static dev.plaza.payments.PaymentCalls.event;
import static dev.plaza.payments.PaymentCalls.eventsAbout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.plaza.sims.cardprocessor.CardProcessorSimulator;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.RecordedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The processor tells Plaza what became of charges by signed webhooks: they settle pending payments,
 * a duplicate acts once, and a forged, stale or misaddressed one changes nothing.
 */
@PlazaTest
class PaymentWebhooksTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	CardProcessorSimulator processor;

	@Autowired
	RecordedEvents recorded;

	PaymentCalls payments;

	@BeforeEach
	void aShopThatTakesPayments() {
		payments = PaymentCalls.newTenant(plaza, processor);
	}

	@Test
	void aPendingPaymentIsSettledByTheProcessorsWebhook() {
		UUID payment = payments.newPayment();

		Response pending = payments.confirm(payment, "tok_pending");

		assertThat(pending.status()).as(pending.text()).isEqualTo(202);
		assertThat(pending.json().get("status").asString()).isEqualTo("pending");
		// Well before the verification job would ask (plaza.payments.verify-after, 10 s): the webhook did it.
		await().atMost(Duration.ofSeconds(7)).until(() -> payments.status(payment).equals("succeeded"));
		assertThat(eventsAbout(recorded, payment)).hasSize(1).first().isInstanceOf(PaymentSucceeded.class);
	}

	@Test
	void aWebhookDeliveredTwiceSettlesThePaymentOnce() {
		UUID payment = payments.newPayment();

		Response confirmed = payments.confirm(payment, "tok_duplicate_webhook");

		assertThat(confirmed.json().get("status").asString()).isEqualTo("succeeded");
		await().atMost(Duration.ofSeconds(10)).until(() -> eventsAbout(recorded, payment), events -> !events.isEmpty());
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
			.until(() -> eventsAbout(recorded, payment), events -> events.size() == 1);
		assertThat(payments.chargesAtProcessor(payment)).hasSize(1);
	}

	@Test
	void theSameEventReceivedAgainIsAcknowledgedAsADuplicateAndActsOnce() {
		UUID payment = pendingPayment();
		String body = event("evt_" + UUID.randomUUID(), "charge.failed", "failed", payments.tenant, payment);

		Response first = payments.signedWebhook(body);
		Response again = payments.signedWebhook(body);

		assertThat(first.status()).as(first.text()).isEqualTo(200);
		assertThat(first.json().get("duplicate").asBoolean()).isFalse();
		assertThat(first.json().get("status").asString()).isEqualTo("failed");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("duplicate").asBoolean()).isTrue();
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
			.until(() -> eventsAbout(recorded, payment), events -> events.size() == 1);
		assertThat(eventsAbout(recorded, payment).getFirst()).isInstanceOf(PaymentFailed.class);
	}

	@Test
	void aForgedSignatureIs401AndChangesNothing() {
		UUID payment = pendingPayment();
		String body = event("evt_" + UUID.randomUUID(), "charge.succeeded", "succeeded", payments.tenant, payment);

		Response forged = payments.webhook(body, "whsec_guessed", Instant.now());
		Response unsigned = plaza.postJson(PaymentCalls.WEBHOOKS, null, body);

		assertThat(forged.status()).as(forged.text()).isEqualTo(401);
		assertThat(forged.header("Content-Type")).startsWith("application/problem+json");
		assertThat(forged.problemType()).isEqualTo("webhook-signature-invalid");
		assertThat(unsigned.status()).isEqualTo(401);
		assertThat(unsigned.problemType()).isEqualTo("webhook-signature-invalid");
		assertNothingChanged(payment);
		assertThat(payments.signedWebhook(body).status()).as("the event id was not spent on the forgery").isEqualTo(200);
	}

	@Test
	void aStaleSignatureIs401AndChangesNothing() {
		UUID payment = pendingPayment();
		String body = event("evt_" + UUID.randomUUID(), "charge.succeeded", "succeeded", payments.tenant, payment);

		Response replayed = payments.webhook(body, processor.settings().webhookSecret(), Instant.now().minus(Duration.ofMinutes(6)));

		assertThat(replayed.status()).as(replayed.text()).isEqualTo(401);
		assertThat(replayed.problemType()).isEqualTo("webhook-timestamp-stale");
		assertNothingChanged(payment);
	}

	@Test
	void aWebhookForAnUnknownPaymentIs404AndChangesNothing() {
		UUID payment = pendingPayment();
		PaymentCalls otherShop = PaymentCalls.newTenant(plaza, processor);

		Response unknown = payments.signedWebhook(
				event("evt_" + UUID.randomUUID(), "charge.succeeded", "succeeded", payments.tenant, UUID.randomUUID()));
		Response otherTenant = payments.signedWebhook(
				event("evt_" + UUID.randomUUID(), "charge.succeeded", "succeeded", otherShop.tenant, payment));
		Response noMetadata = payments.signedWebhook("""
				{"id": "evt_x", "type": "charge.succeeded", "data": {"object": {"id": "ch_x", "status": "succeeded"}}}""");

		assertThat(unknown.status()).as(unknown.text()).isEqualTo(404);
		assertThat(unknown.problemType()).isEqualTo("not-found");
		assertThat(otherTenant.status()).as("a tenant never reaches another's payment").isEqualTo(404);
		assertThat(noMetadata.status()).isEqualTo(404);
		assertNothingChanged(payment);
	}

	@Test
	void aMalformedWebhookIs400AndAnEventPlazaDoesNotActOnIsAcknowledged() {
		Response malformed = payments.signedWebhook("{\"id\": 3}");
		Response otherType = payments.signedWebhook("""
				{"id": "evt_y", "type": "customer.created", "data": {"object": {"id": "cus_1"}}}""");

		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.problemType()).isEqualTo("webhook-malformed");
		assertThat(otherType.status()).isEqualTo(200);
		assertThat(otherType.json().get("ignored").asBoolean()).isTrue();
	}

	@Test
	void aWebhookContradictingAFinalOutcomeIs409AndChangesNothing() {
		UUID payment = payments.newPayment();
		payments.confirm(payment, "tok_approve");

		Response contradiction = payments.signedWebhook(
				event("evt_" + UUID.randomUUID(), "charge.failed", "failed", payments.tenant, payment));

		assertThat(contradiction.status()).as(contradiction.text()).isEqualTo(409);
		assertThat(contradiction.problemType()).isEqualTo("payment-state-conflict");
		assertThat(payments.status(payment)).isEqualTo("succeeded");
	}

	/** Confirmed with {@code tok_timeout}: the processor's answer comes too late, so the payment waits, pending. */
	UUID pendingPayment() {
		UUID payment = payments.newPayment();
		Response pending = payments.confirm(payment, "tok_timeout");
		assertThat(pending.status()).as(pending.text()).isEqualTo(202);
		return payment;
	}

	void assertNothingChanged(UUID payment) {
		assertThat(payments.status(payment)).isEqualTo("pending");
		assertThat(eventsAbout(recorded, payment)).isEmpty();
	}
}
