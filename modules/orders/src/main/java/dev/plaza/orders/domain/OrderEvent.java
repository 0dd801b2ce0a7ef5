package dev.plaza.orders.domain;

import dev.plaza.payments.RefundId;
import dev.plaza.platform.Money;

/**
 * What a change of an {@link Order} did, carrying the order as the change left it. Each is recorded once
 * in the order's history, with its {@link #reason()}, and announced as the module's published events and
 * webhooks say.
 */
public sealed interface OrderEvent {

	/** The order as the change left it. */
	Order order();

	/** Why the order changed, for its history; null when its new status says it all. */
	default String reason() {
		return null;
	}

	/** The payment succeeded: the order is paid and is confirmed next. */
	record Paid(Order order, Money amount) implements OrderEvent {
	}

	/** A payment arrived for an order that was closed meanwhile: it is kept on record and given back in full. */
	record PaidAfterClosing(Order order, Money amount) implements OrderEvent {

		@Override
		public String reason() {
			return "Payment of " + amount + " arrived after the order was " + order.status().code()
					+ "; it is refunded in full";
		}
	}

	/** Seats sold, stock taken and tickets issued. */
	record Confirmed(Order order) implements OrderEvent {
	}

	/** The customer has what they bought. */
	record Fulfilled(Order order) implements OrderEvent {
	}

	/** The order will not be completed; what it kept is released and anything paid is refunded. */
	record Cancelled(Order order, String reason) implements OrderEvent {
	}

	/** The order was not paid before its deadline; what it kept is released. */
	record Expired(Order order) implements OrderEvent {

		@Override
		public String reason() {
			return "Not paid by " + order.paymentDeadline();
		}
	}

	/** Money was given back under {@code refund}; the order's {@code refunded} is all given back so far. */
	record Refunded(Order order, RefundId refund, Money amount) implements OrderEvent {

		@Override
		public String reason() {
			return "Refunded " + amount + " (" + order.refunded() + " of " + order.paid() + " in all)";
		}
	}
}
