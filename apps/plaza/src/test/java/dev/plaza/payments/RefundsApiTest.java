package dev.plaza.payments;

import static dev.plaza.payments.PaymentCalls.eventsAbout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
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

/** A shop gives money back: part of a payment, then the rest, never more than was paid. */
@PlazaTest
class RefundsApiTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	CardProcessorSimulator processor;

	@Autowired
	RecordedEvents recorded;

	PaymentCalls payments;

	UUID payment;

	@BeforeEach
	void aSucceededPaymentOf1250() {
		payments = PaymentCalls.newTenant(plaza, processor);
		payment = payments.newPayment();
		Response paid = payments.confirm(payment, "tok_approve");
		assertThat(paid.json().get("status").asString()).as(paid.text()).isEqualTo("succeeded");
	}

	@Test
	void aPartialRefundThenTheRestRefundsThePaymentInFull() {
		Response partial = payments.refund(payment, "{\"amount\": 500}");

		assertThat(partial.status()).as(partial.text()).isEqualTo(201);
		assertThat(partial.json().get("amount").asLong()).isEqualTo(500);
		assertThat(partial.json().get("currency").asString()).isEqualTo("EUR");
		assertThat(partial.json().get("status").asString()).isEqualTo("succeeded");
		assertThat(plaza.get(partial.header("Location"), payments.token).json()).isEqualTo(partial.json());
		assertThat(payments.get(payment).json().get("refundedAmount").asLong()).isEqualTo(500);

		Response rest = payments.refund(payment, "{}");

		assertThat(rest.status()).as(rest.text()).isEqualTo(201);
		assertThat(rest.json().get("amount").asLong()).isEqualTo(750);
		var read = payments.get(payment).json();
		assertThat(read.get("refundedAmount").asLong()).isEqualTo(1250);
		assertThat(read.get("status").asString()).isEqualTo("succeeded");
		assertThat(read.get("refunds").valueStream().map(r -> r.get("amount").asLong())).containsExactly(500L, 750L);
		assertThat(payments.chargesAtProcessor(payment).getFirst().get("amount_refunded").asLong()).isEqualTo(1250);
		List<Object> events = await().atMost(Duration.ofSeconds(10))
			.until(() -> eventsAbout(recorded, payment), seen -> seen.size() == 3);
		assertThat(events.stream().filter(PaymentRefunded.class::isInstance).map(PaymentRefunded.class::cast))
			.extracting(PaymentRefunded::amount, PaymentRefunded::refundedTotal)
			.containsExactlyInAnyOrder(tuple(Money.of(500, "EUR"), Money.of(500, "EUR")),
					tuple(Money.of(750, "EUR"), Money.of(1250, "EUR")));
	}

	@Test
	void aRefundAboveWhatIsLeftIs422AndRefundsNothing() {
		payments.refund(payment, "{\"amount\": 1000}");

		Response tooMuch = payments.refund(payment, "{\"amount\": 251}");

		assertThat(tooMuch.status()).as(tooMuch.text()).isEqualTo(422);
		assertThat(tooMuch.header("Content-Type")).startsWith("application/problem+json");
		assertThat(tooMuch.problemType()).isEqualTo("refund-exceeds-payment");
		assertThat(tooMuch.json().get("detail").asString()).contains("2.50 EUR").contains("12.50 EUR").doesNotContain("250 EUR");
		assertThat(tooMuch.json().get("refundable").asLong()).isEqualTo(250);
		assertThat(payments.get(payment).json().get("refundedAmount").asLong()).isEqualTo(1000);
		assertThat(payments.chargesAtProcessor(payment).getFirst().get("amount_refunded").asLong()).isEqualTo(1000);
		payments.refund(payment, "{}");
		assertThat(payments.refund(payment, "{}").problemType()).as("nothing is left").isEqualTo("refund-exceeds-payment");
	}

	@Test
	void refundsRacingEachOtherNeverGiveBackMoreThanWasPaid() {
		List<Response> racing = IntStream.range(0, 6).parallel()
			.mapToObj(i -> payments.refund(payment, "{\"amount\": 400}"))
			.toList();

		assertThat(racing).filteredOn(r -> r.status() == 201).hasSize(3);
		assertThat(racing).filteredOn(r -> r.status() == 422).hasSize(3);
		assertThat(payments.get(payment).json().get("refundedAmount").asLong()).isEqualTo(1200);
		assertThat(payments.chargesAtProcessor(payment).getFirst().get("amount_refunded").asLong()).isEqualTo(1200);
	}

	@Test
	void aPaymentThatHasNotSucceededCannotBeRefunded() {
		UUID unpaid = payments.newPayment();
		UUID declined = payments.newPayment();
		payments.confirm(declined, "tok_decline");

		Response notPaid = payments.refund(unpaid, "{\"amount\": 100}");
		Response notPaidEither = payments.refund(declined, "{}");

		assertThat(notPaid.status()).as(notPaid.text()).isEqualTo(409);
		assertThat(notPaid.problemType()).isEqualTo("payment-not-refundable");
		assertThat(notPaidEither.status()).isEqualTo(409);
		assertThat(notPaidEither.json().get("detail").asString()).as("a failed payment will never succeed")
			.contains("failed").contains("nothing was charged").doesNotContain("Wait");
		assertThat(notPaid.json().get("detail").asString()).contains("Wait until it has succeeded");
		assertThat(payments.get(unpaid).json().get("refunds")).isEmpty();
	}

	@Test
	void badRefundsSayWhatToFix() {
		Response zero = payments.refund(payment, "{\"amount\": 0}");
		Response otherCurrency = payments.refund(payment, "{\"amount\": 100, \"currency\": \"USD\"}");
		Response unknownPayment = payments.refund(UUID.randomUUID(), "{}");

		assertThat(zero.status()).isEqualTo(400);
		assertThat(zero.problemType()).isEqualTo("validation");
		assertThat(otherCurrency.status()).isEqualTo(422);
		assertThat(otherCurrency.problemType()).isEqualTo("currency-mismatch");
		assertThat(unknownPayment.status()).isEqualTo(404);
		assertThat(payments.get(payment).json().get("refundedAmount").asLong()).isZero();
	}
}
