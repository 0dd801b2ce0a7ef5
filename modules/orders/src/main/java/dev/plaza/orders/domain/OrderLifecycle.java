package dev.plaza.orders.domain;

import static dev.plaza.orders.OrderStatus.AWAITING_PAYMENT;
import static dev.plaza.orders.OrderStatus.CANCELLED;
import static dev.plaza.orders.OrderStatus.CONFIRMED;
import static dev.plaza.orders.OrderStatus.EXPIRED;
import static dev.plaza.orders.OrderStatus.FULFILLED;
import static dev.plaza.orders.OrderStatus.PAID;
import static dev.plaza.orders.OrderStatus.PARTIALLY_REFUNDED;
import static dev.plaza.orders.OrderStatus.REFUNDED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import dev.plaza.orders.OrderStatus;

/**
 * The order state machine: which status may follow which. A paid order whose seats or stock were lost
 * is cancelled (and refunded in full); refunds may follow any paid state. An order for something that
 * was called off (a cancelled showtime) is cancelled from any state it is still open in, delivered or not.
 */
public final class OrderLifecycle {

	private static final Set<OrderStatus> REFUNDABLE = EnumSet.of(PAID, CONFIRMED, FULFILLED, PARTIALLY_REFUNDED);

	private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
			AWAITING_PAYMENT, EnumSet.of(PAID, CANCELLED, EXPIRED),
			PAID, EnumSet.of(CONFIRMED, CANCELLED, PARTIALLY_REFUNDED, REFUNDED),
			CONFIRMED, EnumSet.of(FULFILLED, PARTIALLY_REFUNDED, REFUNDED),
			FULFILLED, EnumSet.of(PARTIALLY_REFUNDED, REFUNDED),
			PARTIALLY_REFUNDED, EnumSet.of(PARTIALLY_REFUNDED, REFUNDED),
			CANCELLED, EnumSet.noneOf(OrderStatus.class),
			EXPIRED, EnumSet.noneOf(OrderStatus.class),
			REFUNDED, EnumSet.noneOf(OrderStatus.class));

	private OrderLifecycle() {
	}

	/** @throws IllegalTransition when {@code to} may not follow {@code from} */
	public static OrderStatus move(OrderStatus from, OrderStatus to) {
		if (!NEXT.get(from).contains(to)) {
			throw new IllegalTransition(from, to);
		}
		return to;
	}

	/**
	 * What the order becomes when what it was bought for is called off: cancelled, unless it is closed
	 * (cancelled, expired or refunded) already.
	 *
	 * @throws IllegalTransition when the order is closed
	 */
	public static OrderStatus calledOff(OrderStatus from) {
		if (from != AWAITING_PAYMENT && !REFUNDABLE.contains(from)) {
			throw new IllegalTransition(from, CANCELLED);
		}
		return CANCELLED;
	}

	/** Whether money may be given back from an order in this state. */
	public static boolean refundable(OrderStatus status) {
		return REFUNDABLE.contains(status);
	}

	/** The state after a refund that leaves {@code left} of what was paid. */
	public static OrderStatus afterRefund(OrderStatus from, long left) {
		if (from == CANCELLED) {
			return CANCELLED;
		}
		return move(from, left == 0 ? REFUNDED : PARTIALLY_REFUNDED);
	}
}
