package dev.plaza.payments.domain;

import static dev.plaza.payments.PaymentStatus.FAILED;
import static dev.plaza.payments.PaymentStatus.PENDING;
import static dev.plaza.payments.PaymentStatus.PROCESSING;
import static dev.plaza.payments.PaymentStatus.REQUIRES_PAYMENT;
import static dev.plaza.payments.PaymentStatus.SUCCEEDED;

import java.util.Objects;

import dev.plaza.payments.PaymentId;
import dev.plaza.payments.PaymentMethod;
import dev.plaza.payments.PaymentReference;
import dev.plaza.payments.PaymentStatus;
import dev.plaza.platform.Money;

/**
 * A payment intent and the rules of its life: {@code requires_payment → processing → pending →
 * succeeded | failed}, and refunds of what was paid.
 *
 * <p>The processor may tell the same thing several times (its answer, a webhook, a duplicate webhook,
 * the verification job's question) and in any order. Being told a final outcome again changes
 * nothing, and a late "still pending" after the outcome is ignored; only a contradiction — a failed
 * payment reported succeeded — is refused. So each outcome changes the payment exactly once.
 *
 * @param chargeId the processor's charge, once known
 * @param refunded given back and confirmed by the processor
 * @param refunding set aside for refunds the processor has not confirmed yet
 */
public record Payment(PaymentId id, PaymentReference reference, Money amount, PaymentStatus status,
		PaymentMethod paymentMethod, String chargeId, String failureCode, Money refunded, Money refunding) {

	public Payment {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(status, "status");
		if (amount.amount() <= 0) {
			throw new IllegalArgumentException("A payment is of a positive amount, not " + amount);
		}
	}

	/** A new payment awaiting its payment method. */
	public static Payment create(PaymentId id, PaymentReference reference, Money amount) {
		Money none = Money.zero(amount.currency());
		return new Payment(id, reference, amount, REQUIRES_PAYMENT, null, null, null, none, none);
	}

	/** The customer chose how to pay; Plaza now asks the processor. Only once per payment. */
	public Payment confirm(PaymentMethod method) {
		Objects.requireNonNull(method, "method");
		if (status != REQUIRES_PAYMENT) {
			throw new IllegalTransition(status, PROCESSING);
		}
		return new Payment(id, reference, amount, PROCESSING, method, chargeId, failureCode, refunded, refunding);
	}

	/** The payment as the processor's outcome leaves it; equal to this one when the outcome changes nothing. */
	public Payment settle(ChargeOutcome outcome) {
		return switch (outcome) {
			case ChargeOutcome.Succeeded succeeded -> becomeFinal(SUCCEEDED, succeeded.chargeId(), null);
			case ChargeOutcome.Failed failed -> becomeFinal(FAILED, failed.chargeId(), failed.code());
			case ChargeOutcome.Pending pending -> awaitOutcome(pending.chargeId());
			case ChargeOutcome.Unanswered unanswered -> awaitOutcome(null);
		};
	}

	private Payment becomeFinal(PaymentStatus outcome, String charge, String failure) {
		if (status == outcome) {
			return this;
		}
		if (!status.awaitsProcessor()) {
			throw new IllegalTransition(status, outcome);
		}
		return new Payment(id, reference, amount, outcome, paymentMethod, charge == null ? chargeId : charge, failure, refunded,
				refunding);
	}

	private Payment awaitOutcome(String charge) {
		if (status.isFinal()) {
			return this;
		}
		if (status == REQUIRES_PAYMENT) {
			throw new IllegalTransition(status, PENDING);
		}
		return new Payment(id, reference, amount, PENDING, paymentMethod, charge == null ? chargeId : charge, failureCode,
				refunded, refunding);
	}

	/** What may still be refunded: what was paid, less what was refunded or is being refunded. */
	public Money refundable() {
		return status == SUCCEEDED ? amount.minus(refunded).minus(refunding) : Money.zero(amount.currency());
	}

	/** Sets {@code requested} aside for a refund, so racing refunds can never give back more than was paid. */
	public Payment startRefund(Money requested) {
		if (status == FAILED) {
			throw new RefundRefused(RefundRefused.Reason.FAILED, "Payment " + id + " failed"
					+ (failureCode == null ? "" : " (" + failureCode + ")") + ": nothing was charged, so it cannot be refunded.");
		}
		if (status != SUCCEEDED) {
			throw new RefundRefused(RefundRefused.Reason.NOT_SUCCEEDED,
					"Payment " + id + " is " + status.code() + "; only a succeeded payment can be refunded.");
		}
		if (!requested.currency().equals(amount.currency())) {
			throw new RefundRefused(RefundRefused.Reason.OTHER_CURRENCY, "Payment " + id + " was made in "
					+ amount.currency() + ", so its refunds are too; got " + requested.currency() + ".");
		}
		if (refundable().amount() == 0) {
			throw new RefundRefused(RefundRefused.Reason.EXCEEDS_PAID, "Payment " + id + " is refunded in full, or its "
					+ "refunds are under way; nothing is left to refund.");
		}
		if (requested.amount() <= 0) {
			throw new RefundRefused(RefundRefused.Reason.NOT_POSITIVE, "A refund gives back a positive amount, not "
					+ requested.amount() + ".");
		}
		if (requested.exceeds(refundable())) {
			throw new RefundRefused(RefundRefused.Reason.EXCEEDS_PAID, "A refund of " + requested + " exceeds the "
					+ refundable() + " of payment " + id + " that is left to refund (paid " + amount + ", refunded or "
					+ "being refunded " + refunded.plus(refunding) + ").");
		}
		return new Payment(id, reference, amount, status, paymentMethod, chargeId, failureCode, refunded,
				refunding.plus(requested));
	}

	/** The processor gave the set-aside amount back. */
	public Payment completeRefund(Money given) {
		return new Payment(id, reference, amount, status, paymentMethod, chargeId, failureCode, refunded.plus(given),
				released(given));
	}

	/** The processor refused the refund; the set-aside amount is refundable again. */
	public Payment abandonRefund(Money setAside) {
		return new Payment(id, reference, amount, status, paymentMethod, chargeId, failureCode, refunded, released(setAside));
	}

	private Money released(Money setAside) {
		Money left = refunding.minus(setAside);
		if (left.isNegative()) {
			throw new IllegalStateException("Payment " + id + " has " + refunding + " set aside for refunds, not " + setAside);
		}
		return left;
	}
}
