package dev.plaza.orders.application;

import java.util.Map;
import java.util.UUID;

import dev.plaza.orders.domain.IllegalTransition;
import dev.plaza.orders.domain.Order;
import dev.plaza.payments.PaymentId;
import dev.plaza.payments.PaymentIntents;
import dev.plaza.payments.Refund;
import dev.plaza.payments.RefundId;
import dev.plaza.payments.RefundStatus;
import dev.plaza.platform.Money;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Gives money back through the order's payment. The order records a refund when the payments module
 * announces it ({@link dev.plaza.payments.PaymentRefunded}), so a refund the processor completes later is
 * recorded then, once.
 */
@Service
public class Refunding {

	private static final Logger log = LoggerFactory.getLogger(Refunding.class);

	/** The payments API's problem type for a refund above what is left of the payment. */
	private static final String PAYMENT_LEFT_SHORT = "refund-exceeds-payment";

	private final OrderReader reader;

	private final PaymentIntents payments;

	private final long supportLimit;

	Refunding(OrderReader reader, PaymentIntents payments, OrdersProperties properties) {
		this.reader = reader;
		this.payments = payments;
		this.supportLimit = properties.supportRefundLimit();
	}

	/**
	 * A refund by customer care ({@code orders:refund} without {@code orders:write}): an amount must be
	 * named, and it may not exceed the support limit.
	 *
	 * @throws Problem 403 without an amount or above the limit, saying who may give it
	 */
	public Refund refundWithinSupportLimit(UUID id, Long amount) {
		if (amount == null || amount > supportLimit) {
			Order order = reader.find(id).orElseThrow(() -> Problem.notFound("order", id));
			throw new Problem(ProblemType.FORBIDDEN, "Customer care may refund at most " + new Money(supportLimit, order.currency())
					+ " of an order, naming the amount. Ask for at most that, or ask an operator (scope orders:write) to refund more.",
					Map.of("supportRefundLimit", supportLimit));
		}
		return refund(id, amount);
	}

	/**
	 * @param amount what to give back, or null for all that is left
	 * @throws Problem 409 when the order has not been paid; 422 above what was paid and not yet refunded
	 */
	public Refund refund(UUID id, Long amount) {
		Order order = reader.find(id).orElseThrow(() -> Problem.notFound("order", id));
		try {
			order.requireRefundable();
		}
		catch (IllegalTransition refused) {
			throw OrdersProblems.of(refused, "Only a paid order can be refunded; cancel an order that awaits payment instead.");
		}
		// What is left is the payment's to say, under the lock it decides with: the order learns of
		// refunds only when they are announced, so its own count may lag behind one just made.
		try {
			return payments.refund(order.paymentId(), amount == null ? null : new Money(amount, order.currency()));
		}
		catch (Problem refused) {
			if (refused.type().slug().equals(PAYMENT_LEFT_SHORT) && refused.properties().get("refundable") instanceof Number left) {
				throw new Problem(OrdersProblems.REFUND_EXCEEDS_PAID, "At most " + new Money(left.longValue(), order.currency())
						+ " of the order can be refunded now: it was paid " + order.paid() + " and the rest was "
						+ "refunded already or is being refunded. Ask for at most that, or send no amount to refund all that is left.",
						Map.of("refundable", left.longValue()));
			}
			throw refused;
		}
	}

	/** Refunds all that is left of a payment the order cannot keep; refunded (or refunding) already, nothing happens. */
	public void refundAllLeft(UUID id, String why) {
		Order order = reader.find(id).orElseThrow();
		try {
			Refund refund = payments.refund(order.paymentId(), null);
			log.info("Refunded {} of order {} automatically: {} (refund {}, {})", refund.amount(), id, why, refund.id(),
					refund.status().code());
		}
		catch (Problem nothingLeft) {
			log.info("Order {} needs no automatic refund: {}", id, nothingLeft.getMessage());
		}
	}

	/**
	 * Refunds {@code amount} (all that is left when null, or when less is left) of the order's payment once
	 * under {@code refund}, however often it is asked: a retry after a crash answers the refund made before.
	 */
	public void refundOnce(UUID id, Money amount, RefundId refund, String why) {
		PaymentId payment = reader.find(id).orElseThrow().paymentId();
		try {
			logged(id, why, refundOrAllLeft(payment, amount, refund));
		}
		catch (Problem nothingLeft) {
			log.info("Order {} needs no refund ({}): {}", id, why, nothingLeft.getMessage());
		}
	}

	private Refund refundOrAllLeft(PaymentId payment, Money amount, RefundId refund) {
		try {
			return payments.refund(payment, amount, refund);
		}
		catch (Problem leftShort) {
			if (amount == null || !leftShort.type().slug().equals(PAYMENT_LEFT_SHORT)) {
				throw leftShort;
			}
			return payments.refund(payment, null, refund);
		}
	}

	/** A refund the processor refused is not asked again under the same id: staff must give the money back. */
	private static void logged(UUID id, String why, Refund refund) {
		if (refund.status() == RefundStatus.FAILED) {
			log.error("The processor refused refund {} of {} of order {} ({}); refund it with POST /api/v1/orders/{}/refunds",
					refund.id(), refund.amount(), id, why, id);
			return;
		}
		log.info("Refunded {} of order {}: {} (refund {}, {})", refund.amount(), id, why, refund.id(), refund.status().code());
	}
}
