package dev.plaza.payments.domain;

import dev.plaza.payments.PaymentStatus;

/** A change the payment's state does not allow, such as a failed payment becoming succeeded. */
public final class IllegalTransition extends RuntimeException {

	private final PaymentStatus from;

	private final PaymentStatus to;

	IllegalTransition(PaymentStatus from, PaymentStatus to) {
		super("A " + from.code() + " payment cannot become " + to.code(), null, false, false);
		this.from = from;
		this.to = to;
	}

	public PaymentStatus from() {
		return from;
	}

	public PaymentStatus to() {
		return to;
	}
}
