package dev.plaza.orders.domain;

import dev.plaza.orders.OrderStatus;

/** An order was asked to go where its state machine does not lead from where it stands. */
public final class IllegalTransition extends RuntimeException {

	private final OrderStatus from;

	private final OrderStatus to;

	IllegalTransition(OrderStatus from, OrderStatus to) {
		super("An order that is " + from.code() + " cannot become " + to.code() + ".", null, false, false);
		this.from = from;
		this.to = to;
	}

	public OrderStatus from() {
		return from;
	}

	public OrderStatus to() {
		return to;
	}
}
