package dev.plaza.payments.processor;

import java.util.Optional;

import dev.plaza.payments.PaymentId;
import dev.plaza.payments.RefundId;
import dev.plaza.payments.domain.ChargeOutcome;
import dev.plaza.platform.Money;

/**
 * Charges and refunds at the card processor. No method throws for the processor's trouble: a
 * processor that is slow, down or confused answers {@code Unanswered}, and the caller leaves the
 * payment to be settled later. Every request is idempotent at the processor — a charge by its
 * payment's id, a refund by its own id — so asking again never charges or refunds twice.
 */
public interface CardProcessor {

	ChargeOutcome charge(ChargeRequest request);

	/**
	 * What the processor knows of the payment's charge: by the charge's id when known, else by the
	 * payment's id. Empty if the processor never received the charge.
	 */
	Optional<ChargeOutcome> lookUp(PaymentId payment, String chargeId);

	RefundOutcome refund(String chargeId, RefundId refund, Money amount);
}
