package dev.plaza.payments;

import java.util.Optional;

import dev.plaza.platform.Money;

/**
 * Payment intents of the current tenant, for other modules such as orders. Failures a caller can
 * cause are thrown as {@link dev.plaza.platform.Problem}s with the same types the HTTP API answers.
 */
public interface PaymentIntents {

	/**
	 * A new payment of {@code amount} awaiting a payment method. It joins the caller's transaction, so
	 * an order and its payment can be created together.
	 */
	PaymentIntent create(PaymentReference reference, Money amount);

	Optional<PaymentIntent> find(PaymentId id);

	/**
	 * Charges the payment method, waiting for the processor at most the configured budget: the answer
	 * is {@code SUCCEEDED}, {@code FAILED}, or {@code PENDING} when the outcome comes later (announced
	 * by {@link PaymentSucceeded} or {@link PaymentFailed}). Confirming again with the same method
	 * answers the payment as it stands and never charges twice. Call it outside any transaction.
	 */
	PaymentIntent confirm(PaymentId id, PaymentMethod method);

	/**
	 * Gives back {@code amount} (all that is left when null) of a succeeded payment. The refund is
	 * {@code PENDING} when the processor does not answer in time; it is completed later, once.
	 * Call it outside any transaction.
	 */
	Refund refund(PaymentId id, Money amount);

	/**
	 * {@link #refund(PaymentId, Money)} under an id the caller chooses, for refunds that must happen once
	 * whatever is retried: asked again with the same id, it answers that refund as it stands (asking the
	 * processor again, under the same idempotency key, while it is pending) and gives nothing more back.
	 */
	Refund refund(PaymentId id, Money amount, RefundId refundId);
}
