package dev.plaza.orders.domain;

/** A cart cannot be priced as it is; the message says what is wrong with it. */
public class PricingRefused extends RuntimeException {

	public enum Reason { OTHER_CURRENCY, NO_TAX_RATE }

	private final Reason reason;

	public PricingRefused(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
