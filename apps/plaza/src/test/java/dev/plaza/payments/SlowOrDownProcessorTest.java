package dev.plaza.payments;

import static dev.plaza.payments.PaymentCalls.eventsAbout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
 * Checkout answers within its budget (plaza.payments.budget, 1 s) whatever the processor does: a
 * processor too slow or down leaves the payment (or refund) pending, and the verification job
 * completes it once the processor can tell — charging the card, or refunding, once.
 */
@PlazaTest
class SlowOrDownProcessorTest {

	/** The simulator answers tok_timeout after 5 s; an answer well before that did not wait for it. */
	static final Duration WELL_BEFORE_THE_PROCESSOR_ANSWERS = Duration.ofSeconds(4);

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
	void aProcessorTooSlowForTheBudgetLeavesThePaymentPendingAndTheVerificationJobSettlesIt() {
		UUID payment = payments.newPayment();

		long started = System.nanoTime();
		Response confirmed = payments.confirm(payment, "tok_timeout");
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(202);
		assertThat(confirmed.json().get("status").asString()).isEqualTo("pending");
		assertThat(took).isLessThan(WELL_BEFORE_THE_PROCESSOR_ANSWERS);
		// No webhook comes for tok_timeout: only the job's question settles it.
		await().atMost(Duration.ofSeconds(30)).until(() -> payments.status(payment).equals("succeeded"));
		assertThat(eventsAbout(recorded, payment)).hasSize(1).first().isInstanceOf(PaymentSucceeded.class);
		assertThat(payments.chargesAtProcessor(payment)).hasSize(1);
	}

	@Test
	void aProcessorThatIsDownLeavesThePaymentPendingAndItIsChargedOnceWhenTheProcessorIsBack() {
		UUID payment = payments.newPayment();

		Response confirmed;
		long took;
		try (CardProcessorSimulator.Outage outage = processor.outage()) {
			long started = System.nanoTime();
			confirmed = payments.confirm(payment, "tok_approve");
			took = System.nanoTime() - started;
		}

		assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(202);
		assertThat(confirmed.json().get("status").asString()).isEqualTo("pending");
		assertThat(Duration.ofNanos(took)).isLessThan(WELL_BEFORE_THE_PROCESSOR_ANSWERS);
		await().atMost(Duration.ofSeconds(30)).until(() -> payments.status(payment).equals("succeeded"));
		assertThat(payments.chargesAtProcessor(payment)).hasSize(1);
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
			.until(() -> eventsAbout(recorded, payment), events -> events.size() == 1);
	}

	@Test
	void aRefundTheProcessorCannotTakeIsPendingAndCompletedOnceWhenItIsBack() {
		UUID payment = payments.newPayment();
		assertThat(payments.confirm(payment, "tok_approve").status()).isEqualTo(200);

		Response refund;
		try (CardProcessorSimulator.Outage outage = processor.outage()) {
			refund = payments.refund(payment, "{\"amount\": 300}");
		}

		assertThat(refund.status()).as(refund.text()).isEqualTo(202);
		assertThat(refund.json().get("status").asString()).isEqualTo("pending");
		assertThat(payments.refund(payment, "{\"amount\": 1000}").problemType())
			.as("the pending refund's amount is set aside").isEqualTo("refund-exceeds-payment");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> plaza.get(refund.header("Location"), payments.token).json().get("status").asString().equals("succeeded"));
		assertThat(payments.get(payment).json().get("refundedAmount").asLong()).isEqualTo(300);
		assertThat(payments.chargesAtProcessor(payment).getFirst().get("amount_refunded").asLong()).isEqualTo(300);
		await().atMost(Duration.ofSeconds(10)).until(() -> eventsAbout(recorded, payment).stream()
			.filter(PaymentRefunded.class::isInstance).count() == 1);
	}
}
