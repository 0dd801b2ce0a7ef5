package dev.plaza.orders.internal;

import java.util.Map;
import java.util.UUID;

import dev.plaza.orders.OrderStatus;
import dev.plaza.orders.domain.IllegalTransition;
import dev.plaza.orders.domain.OrderLifecycle;
import dev.plaza.payments.PaymentId;
import dev.plaza.payments.PaymentIntents;
import dev.plaza.payments.Refund;
import dev.plaza.platform.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Gives money back through the order's payment. The order records a refund when the payments module
 * announces it ({@link dev.plaza.payments.PaymentRefunded}), so a refund the processor completes later is
 * recorded then, once.
 */
@Service
class Refunding {

	private static final Logger log = LoggerFactory.getLogger(Refunding.class);

	private final OrderReader reader;

	private final PaymentIntents payments;

	Refunding(OrderReader reader, PaymentIntents payments) {
		this.reader = reader;
		this.payments = payments;
	}

	/**
	 * @param amount what to give back, or null for all that is left
	 * @throws Problem 409 when the order has not been paid; 422 above what was paid and not yet refunded
	 */
	Refund refund(UUID id, Long amount) {
		OrderRecords.StoredOrder order = reader.find(id).orElseThrow(() -> Problem.notFound("order", id));
		if (!OrderLifecycle.refundable(order.status())) {
			throw OrdersProblems.of(new IllegalTransition(order.status(), OrderStatus.REFUNDED),
					"Only a paid order can be refunded; cancel an order that awaits payment instead.");
		}
		long left = order.paid() - order.refunded();
		if (amount != null && amount > left) {
			throw new Problem(OrdersProblems.REFUND_EXCEEDS_PAID, "The order was paid " + order.money(order.paid())
					+ " and " + order.money(order.refunded()) + " of it was refunded already, so at most " + order.money(left)
					+ " can be refunded. Ask for at most that, or send no amount to refund all that is left.",
					Map.of("refundable", left));
		}
		return payments.refund(new PaymentId(order.paymentId()), amount == null ? null : order.money(amount));
	}

	/** Refunds all that is left of a payment the order cannot keep; refunded (or refunding) already, nothing happens. */
	void refundAllLeft(UUID id, String why) {
		OrderRecords.StoredOrder order = reader.find(id).orElseThrow();
		try {
			Refund refund = payments.refund(new PaymentId(order.paymentId()), null);
			log.info("Refunded {} of order {} automatically: {} (refund {}, {})", refund.amount(), id, why, refund.id(),
					refund.status().code());
		}
		catch (Problem nothingLeft) {
			log.info("Order {} needs no automatic refund: {}", id, nothingLeft.getMessage());
		}
	}
}
