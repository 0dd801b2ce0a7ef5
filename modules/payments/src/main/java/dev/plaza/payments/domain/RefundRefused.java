package dev.plaza.payments.domain;

/** A refund the payment does not allow, and why. */
public final class RefundRefused extends RuntimeException {

	public enum Reason {
		/** A payment not settled yet has nothing to give back until it succeeds. */
		NOT_SUCCEEDED,
		/** A failed payment charged nothing, so there is nothing to give back. */
		FAILED,
		/** A refund gives back a positive amount. */
		NOT_POSITIVE,
		/** A refund is in the payment's currency. */
		OTHER_CURRENCY,
		/** Refunds never add up to more than was paid. */
		EXCEEDS_PAID
	}

	private final Reason reason;

	RefundRefused(Reason reason, String message) {
		super(message, null, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
