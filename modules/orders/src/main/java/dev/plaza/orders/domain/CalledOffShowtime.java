package dev.plaza.orders.domain;

import static dev.plaza.orders.OrderStatus.AWAITING_PAYMENT;
import static dev.plaza.orders.OrderStatus.CANCELLED;
import static dev.plaza.orders.OrderStatus.PAID;

import dev.plaza.orders.OrderStatus;

/**
 * What a cancelled showtime does to an order with seats for it. An order with nothing else, or not
 * confirmed yet, can no longer be had as bought: it is cancelled and all it paid given back. A confirmed
 * order that also has products or other showtimes keeps them and gets the showtime's seats' price back.
 * A closed order changes no more; but a cancelled one with money paid is owed what is left of it, so a
 * refund that a crash interrupted is made when the cancellation is told again.
 */
public enum CalledOffShowtime {

	/** Cancel the order; nothing was paid, so nothing is given back. */
	CANCEL,
	/** Cancel the order and give back all that is left of what it paid. */
	CANCEL_AND_REFUND_ALL,
	/** Already cancelled: give back all that is left, if anything is. */
	REFUND_ALL_LEFT,
	/** The order stands without the showtime: give back its seats' price. */
	REFUND_SEATS,
	/** Expired or refunded already: nothing to do. */
	NOTHING;

	/**
	 * @param onlyThatShowtime whether every line of the order is a seat for the cancelled showtime
	 * @param paid what the order's payment charged, in minor units
	 */
	public static CalledOffShowtime decide(OrderStatus status, boolean onlyThatShowtime, long paid) {
		if (status == CANCELLED) {
			return paid > 0 ? REFUND_ALL_LEFT : NOTHING;
		}
		if (status != AWAITING_PAYMENT && !Order.refundable(status)) {
			return NOTHING;
		}
		if (onlyThatShowtime || status == AWAITING_PAYMENT || status == PAID) {
			return paid > 0 ? CANCEL_AND_REFUND_ALL : CANCEL;
		}
		return REFUND_SEATS;
	}

	/** Whether the order is cancelled now. */
	public boolean cancels() {
		return this == CANCEL || this == CANCEL_AND_REFUND_ALL;
	}
}
