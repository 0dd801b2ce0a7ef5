package dev.plaza.orders.application;

import java.util.Map;

import dev.plaza.orders.domain.IllegalTransition;
import dev.plaza.orders.domain.PricingRefused;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;

/** The orders module's own problem types, beside the platform's common ones. */
public final class OrdersProblems {

	public static final ProblemType IDEMPOTENCY_KEY_REQUIRED = new ProblemType("idempotency-key-required",
			"Idempotency key required", 400);

	public static final ProblemType UNKNOWN_CART = new ProblemType("unknown-cart", "Unknown cart", 422);

	public static final ProblemType CART_ORDERED = new ProblemType("cart-already-ordered", "Cart already ordered", 409);

	public static final ProblemType CART_EMPTY = new ProblemType("cart-empty", "Cart empty", 422);

	static final ProblemType CART_ITEM_LAPSED = new ProblemType("cart-item-lapsed", "Cart item no longer kept", 422);

	public static final ProblemType UNKNOWN_PRODUCT = new ProblemType("unknown-product", "Unknown product", 422);

	public static final ProblemType UNKNOWN_HOLD = new ProblemType("unknown-hold", "Unknown seat hold", 422);

	public static final ProblemType CURRENCY_MISMATCH = new ProblemType("currency-mismatch", "Currency mismatch", 422);

	public static final ProblemType NO_TAX_RATE = new ProblemType("no-tax-rate", "No tax rate", 422);

	static final ProblemType TRANSITION_REFUSED = new ProblemType("order-transition-refused", "Order transition refused", 409);

	static final ProblemType REFUND_EXCEEDS_PAID = new ProblemType("refund-exceeds-paid", "Refund exceeds what was paid", 422);

	public static final ProblemType NOT_CONFIRMED = new ProblemType("order-not-confirmed", "Order not confirmed yet", 409);

	public static final ProblemType NO_EMAIL = new ProblemType("order-without-email", "Order without e-mail address", 422);

	private OrdersProblems() {
	}

	/**
	 * The order's status travels as {@code orderStatus}: {@code status} is the problem's own member, the
	 * HTTP status (RFC 9457), and must not be overwritten by the order's.
	 */
	public static Problem of(IllegalTransition refused, String hint) {
		return new Problem(TRANSITION_REFUSED, refused.getMessage() + " " + hint,
				Map.of("orderStatus", refused.from().code(), "requested", refused.to().code()));
	}

	static Problem of(PricingRefused refused) {
		return switch (refused.reason()) {
			case OTHER_CURRENCY -> new Problem(CURRENCY_MISMATCH, refused.getMessage());
			case NO_TAX_RATE -> new Problem(NO_TAX_RATE, refused.getMessage());
		};
	}
}
