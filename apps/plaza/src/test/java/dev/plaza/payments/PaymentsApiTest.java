package dev.plaza.payments;

import static dev.plaza.payments.PaymentCalls.eventsAbout;
import static dev.plaza.payments.PaymentCalls.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.plaza.platform.Money;
import dev.plaza.sims.cardprocessor.CardProcessorSimulator;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.RecordedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A shop's checkout pays: it creates a payment, confirms it with the customer's card, and reads it. */
@PlazaTest
class PaymentsApiTest {

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
	void anApprovedCardPaysAndPaymentSucceededIsPublishedOnce() {
		Response created = payments.create("order-42", 1250, "EUR");

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		UUID payment = id(created);
		assertThat(created.header("Location")).isEqualTo("/api/v1/payments/" + payment);
		assertThat(created.json().get("reference").asString()).isEqualTo("order-42");
		assertThat(created.json().get("amount").asLong()).isEqualTo(1250);
		assertThat(created.json().get("currency").asString()).isEqualTo("EUR");
		assertThat(created.json().get("status").asString()).isEqualTo("requires_payment");

		Response confirmed = payments.confirm(payment, "tok_approve");

		assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
		assertThat(confirmed.json().get("status").asString()).isEqualTo("succeeded");
		assertThat(confirmed.json().get("paymentMethod").asString()).isEqualTo("tok_approve");
		assertThat(payments.status(payment)).isEqualTo("succeeded");
		PaymentSucceeded succeeded = (PaymentSucceeded) await().atMost(Duration.ofSeconds(10))
			.until(() -> eventsAbout(recorded, payment), events -> !events.isEmpty()).getFirst();
		assertThat(succeeded.tenant()).isEqualTo(payments.tenant);
		assertThat(succeeded.reference()).isEqualTo(new PaymentReference("order-42"));
		assertThat(succeeded.amount()).isEqualTo(Money.of(1250, "EUR"));
		assertThat(succeeded.succeededAt()).isBefore(Instant.now());
		assertThat(payments.chargesAtProcessor(payment)).hasSize(1);
		// The processor's webhook about the same charge arrives as well; it changes nothing.
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
			.until(() -> eventsAbout(recorded, payment), events -> events.size() == 1);
	}

	@Test
	void aDeclinedCardFailsThePaymentAndPaymentFailedSaysWhy() {
		UUID payment = payments.newPayment();

		Response declined = payments.confirm(payment, "tok_decline");

		assertThat(declined.status()).as(declined.text()).isEqualTo(200);
		assertThat(declined.json().get("status").asString()).isEqualTo("failed");
		assertThat(declined.json().get("failureCode").asString()).isEqualTo("generic_decline");
		PaymentFailed failed = (PaymentFailed) await().atMost(Duration.ofSeconds(10))
			.until(() -> eventsAbout(recorded, payment), events -> !events.isEmpty()).getFirst();
		assertThat(failed.failureCode()).isEqualTo("generic_decline");
		assertThat(failed.tenant()).isEqualTo(payments.tenant);
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
			.until(() -> eventsAbout(recorded, payment), events -> events.size() == 1);
	}

	@Test
	void aRetriedConfirmationChargesTheCardOnce() throws Exception {
		UUID payment = payments.newPayment();

		Response first = payments.confirm(payment, "tok_approve", "Idempotency-Key", "confirm-" + payment);
		Response replayed = payments.confirm(payment, "tok_approve", "Idempotency-Key", "confirm-" + payment);
		Response again = payments.confirm(payment, "tok_approve");

		assertThat(replayed.status()).isEqualTo(200);
		assertThat(replayed.header("Idempotency-Replayed")).isEqualTo("true");
		assertThat(replayed.json()).isEqualTo(first.json());
		assertThat(again.status()).as("a retry without the key answers the payment as it stands").isEqualTo(200);
		assertThat(again.json().get("status").asString()).isEqualTo("succeeded");
		assertThat(payments.chargesAtProcessor(payment)).hasSize(1);
	}

	@Test
	void confirmationsRacingEachOtherChargeTheCardOnce() throws Exception {
		UUID payment = payments.newPayment();

		var racing = IntStream.range(0, 6).parallel()
			.mapToObj(i -> payments.confirm(payment, "tok_approve"))
			.toList();

		assertThat(racing).extracting(Response::status).allSatisfy(status -> assertThat(status).isIn(200, 202));
		await().atMost(Duration.ofSeconds(10)).until(() -> payments.status(payment).equals("succeeded"));
		assertThat(payments.chargesAtProcessor(payment)).hasSize(1);
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
			.until(() -> eventsAbout(recorded, payment), events -> events.size() == 1);
	}

	@Test
	void aCreatingPostRetriedWithItsIdempotencyKeyCreatesOnePayment() {
		String key = UUID.randomUUID().toString();

		Response first = payments.create("order-7", 900, "EUR", "Idempotency-Key", key);
		Response retried = payments.create("order-7", 900, "EUR", "Idempotency-Key", key);

		assertThat(retried.json()).isEqualTo(first.json());
		assertThat(retried.header("Idempotency-Replayed")).isEqualTo("true");
	}

	@Test
	void confirmingAgainWithAnotherCardIsRefusedAndChargesNothing() {
		UUID payment = payments.newPayment();
		payments.confirm(payment, "tok_decline");

		Response other = payments.confirm(payment, "tok_approve");

		assertThat(other.status()).as(other.text()).isEqualTo(409);
		assertThat(other.problemType()).isEqualTo("payment-already-confirmed");
		assertThat(other.json().get("detail").asString()).contains("Create a new payment");
		assertThat(payments.status(payment)).isEqualTo("failed");
		assertThat(payments.chargesAtProcessor(payment)).hasSize(1);
	}

	@Test
	void badRequestsAreProblemsSayingWhatToFixAndCreateNothing() {
		Response invalid = payments.create(" ", 0, "euro");
		assertThat(invalid.status()).as(invalid.text()).isEqualTo(400);
		assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
		assertThat(invalid.problemType()).isEqualTo("validation");
		assertThat(invalid.json().get("errors").valueStream().map(e -> e.get("field").asString()))
			.containsExactly("reference", "amount", "currency");

		UUID payment = payments.newPayment();
		Response noMethod = plaza.postJson("/api/v1/payments/" + payment + "/confirm", payments.token, "{}");
		assertThat(noMethod.status()).isEqualTo(400);
		assertThat(noMethod.json().get("errors").get(0).get("field").asString()).isEqualTo("paymentMethod");
		Response badMethod = payments.confirm(payment, "tok approve; drop");
		assertThat(badMethod.status()).isEqualTo(400);
		assertThat(payments.status(payment)).isEqualTo("requires_payment");
		assertThat(payments.chargesAtProcessor(payment)).isEmpty();

		Response unknown = payments.confirm(UUID.randomUUID(), "tok_approve");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.problemType()).isEqualTo("not-found");
		assertThat(payments.get(UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void anUnknownCardTokenFailsThePaymentWithoutACharge() {
		UUID payment = payments.newPayment();

		Response confirmed = payments.confirm(payment, "tok_unknown_to_the_processor");

		assertThat(confirmed.json().get("status").asString()).isEqualTo("failed");
		assertThat(confirmed.json().get("failureCode").asString()).isEqualTo("resource_missing");
		assertThat(payments.chargesAtProcessor(payment)).isEmpty();
	}

	@Test
	void theScopesDecideWhoMayPayAndWhoMayOnlyRead() {
		String admin = plaza.adminToken();
		String reader = plaza.tenantCaller(admin, payments.tenant.toString(), "payments:read").token();
		UUID payment = payments.newPayment();

		assertThat(plaza.get("/api/v1/payments/" + payment, reader).status()).isEqualTo(200);
		Response refused = plaza.postJson("/api/v1/payments/" + payment + "/confirm", reader, "{\"paymentMethod\": \"tok_approve\"}");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(plaza.postJson("/api/v1/payments", null, "{}").status()).isEqualTo(401);
		JsonNode unchanged = payments.get(payment).json();
		assertThat(unchanged.get("status").asString()).isEqualTo("requires_payment");
	}
}
