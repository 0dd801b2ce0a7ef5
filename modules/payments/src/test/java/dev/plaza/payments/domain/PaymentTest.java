package dev.plaza.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import dev.plaza.payments.PaymentId;
import dev.plaza.payments.PaymentMethod;
import dev.plaza.payments.PaymentReference;
import dev.plaza.payments.PaymentStatus;
import dev.plaza.payments.domain.ChargeOutcome.Failed;
import dev.plaza.payments.domain.ChargeOutcome.Pending;
import dev.plaza.payments.domain.ChargeOutcome.Succeeded;
import dev.plaza.payments.domain.ChargeOutcome.Unanswered;
import dev.plaza.platform.Money;
import org.junit.jupiter.api.Test;

class PaymentTest {

	static final Money TWELVE_FIFTY = Money.of(1250, "EUR");

	final Payment created = Payment.create(new PaymentId(UUID.randomUUID()), new PaymentReference("order-1"), TWELVE_FIFTY);

	final Payment processing = created.confirm(new PaymentMethod("tok_approve"));

	@Test
	void aNewPaymentRequiresAPaymentMethodAndConfirmingMakesItProcessing() {
		assertThat(created.status()).isEqualTo(PaymentStatus.REQUIRES_PAYMENT);
		assertThat(processing.status()).isEqualTo(PaymentStatus.PROCESSING);
		assertThat(processing.paymentMethod()).isEqualTo(new PaymentMethod("tok_approve"));
	}

	@Test
	void aPaymentIsConfirmedOnlyOnce() {
		assertThatThrownBy(() -> processing.confirm(new PaymentMethod("tok_decline"))).isInstanceOf(IllegalTransition.class)
			.hasMessage("A processing payment cannot become processing");
		Payment succeeded = processing.settle(new Succeeded("ch_1"));
		assertThatThrownBy(() -> succeeded.confirm(new PaymentMethod("tok_approve"))).isInstanceOf(IllegalTransition.class);
	}

	@Test
	void theProcessorsOutcomeSettlesAProcessingOrPendingPayment() {
		assertThat(processing.settle(new Succeeded("ch_1"))).extracting(Payment::status, Payment::chargeId)
			.containsExactly(PaymentStatus.SUCCEEDED, "ch_1");
		Payment pending = processing.settle(new Pending("ch_2"));
		assertThat(pending.status()).isEqualTo(PaymentStatus.PENDING);
		assertThat(pending.settle(new Failed(null, "generic_decline")))
			.extracting(Payment::status, Payment::chargeId, Payment::failureCode)
			.containsExactly(PaymentStatus.FAILED, "ch_2", "generic_decline");
	}

	@Test
	void noAnswerLeavesThePaymentPendingWithoutForgettingItsCharge() {
		Payment pending = processing.settle(new Pending("ch_3")).settle(new Unanswered("timeout"));

		assertThat(pending.status()).isEqualTo(PaymentStatus.PENDING);
		assertThat(pending.chargeId()).isEqualTo("ch_3");
	}

	@Test
	void beingToldTheOutcomeAgainChangesNothing() {
		Payment succeeded = processing.settle(new Succeeded("ch_1"));
		Payment failed = processing.settle(new Failed("ch_1", "generic_decline"));

		assertThat(succeeded.settle(new Succeeded("ch_1"))).isEqualTo(succeeded);
		assertThat(succeeded.settle(new Pending("ch_1"))).as("a late pending answer").isEqualTo(succeeded);
		assertThat(succeeded.settle(new Unanswered("timeout"))).isEqualTo(succeeded);
		assertThat(failed.settle(new Failed("ch_1", "generic_decline"))).isEqualTo(failed);
	}

	@Test
	void aContradictingOutcomeIsRefused() {
		Payment succeeded = processing.settle(new Succeeded("ch_1"));
		Payment failed = processing.settle(new Failed("ch_1", "generic_decline"));

		assertThatThrownBy(() -> succeeded.settle(new Failed("ch_1", "x"))).isInstanceOf(IllegalTransition.class)
			.hasMessage("A succeeded payment cannot become failed");
		assertThatThrownBy(() -> failed.settle(new Succeeded("ch_1"))).isInstanceOf(IllegalTransition.class);
	}

	@Test
	void aPaymentNeverConfirmedHasNoOutcome() {
		assertThatThrownBy(() -> created.settle(new Succeeded("ch_1"))).isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> created.settle(new Pending("ch_1"))).isInstanceOf(IllegalTransition.class);
	}

	@Test
	void refundsGiveBackPartOrAllOfWhatWasPaidAndNeverMore() {
		Payment succeeded = processing.settle(new Succeeded("ch_1"));

		Payment refunding = succeeded.startRefund(Money.of(500, "EUR"));
		assertThat(refunding.refundable()).isEqualTo(Money.of(750, "EUR"));
		assertThatThrownBy(() -> refunding.startRefund(Money.of(751, "EUR"))).isInstanceOf(RefundRefused.class)
			.extracting(e -> ((RefundRefused) e).reason()).isEqualTo(RefundRefused.Reason.EXCEEDS_PAID);
		Payment partly = refunding.completeRefund(Money.of(500, "EUR"));
		assertThat(partly.refunded()).isEqualTo(Money.of(500, "EUR"));
		Payment fully = partly.startRefund(Money.of(750, "EUR")).completeRefund(Money.of(750, "EUR"));
		assertThat(fully.refunded()).isEqualTo(TWELVE_FIFTY);
		assertThat(fully.refundable()).isEqualTo(Money.of(0, "EUR"));
		assertThat(reason(() -> fully.startRefund(Money.of(1, "EUR")))).isEqualTo(RefundRefused.Reason.EXCEEDS_PAID);
	}

	@Test
	void anAbandonedRefundMakesItsAmountRefundableAgain() {
		Payment refunding = processing.settle(new Succeeded("ch_1")).startRefund(Money.of(1250, "EUR"));

		assertThat(refunding.abandonRefund(Money.of(1250, "EUR")).refundable()).isEqualTo(TWELVE_FIFTY);
	}

	@Test
	void onlyASucceededPaymentIsRefundedInItsCurrencyByAPositiveAmount() {
		Payment succeeded = processing.settle(new Succeeded("ch_1"));

		assertThat(reason(() -> processing.startRefund(Money.of(1, "EUR")))).isEqualTo(RefundRefused.Reason.NOT_SUCCEEDED);
		assertThat(reason(() -> processing.settle(new Failed(null, "x")).startRefund(Money.of(1, "EUR"))))
			.as("a failed payment charged nothing; waiting will not help").isEqualTo(RefundRefused.Reason.FAILED);
		assertThat(reason(() -> succeeded.startRefund(Money.of(1, "USD")))).isEqualTo(RefundRefused.Reason.OTHER_CURRENCY);
		assertThat(reason(() -> succeeded.startRefund(Money.of(0, "EUR")))).isEqualTo(RefundRefused.Reason.NOT_POSITIVE);
	}

	static RefundRefused.Reason reason(Runnable refund) {
		try {
			refund.run();
		}
		catch (RefundRefused refused) {
			return refused.reason();
		}
		throw new AssertionError("The refund was not refused");
	}
}
