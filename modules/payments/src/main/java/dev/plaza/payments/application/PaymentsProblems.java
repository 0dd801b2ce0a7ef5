package dev.plaza.payments.application;

import java.util.Map;

import dev.plaza.payments.domain.Payment;
import dev.plaza.payments.domain.RefundRefused;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;

/** The payments module's own problem types, beside the platform's common ones. */
public final class PaymentsProblems {

	static final ProblemType ALREADY_CONFIRMED = new ProblemType("payment-already-confirmed", "Payment already confirmed", 409);

	static final ProblemType NOT_REFUNDABLE = new ProblemType("payment-not-refundable", "Payment not refundable", 409);

	static final ProblemType REFUND_EXCEEDS_PAYMENT = new ProblemType("refund-exceeds-payment", "Refund exceeds payment", 422);

	static final ProblemType CURRENCY_MISMATCH = new ProblemType("currency-mismatch", "Currency mismatch", 422);

	public static final ProblemType REFUND_REFUSED = new ProblemType("refund-refused-by-processor", "Refund refused by processor",
			409);

	public static final ProblemType WEBHOOK_SIGNATURE_INVALID = new ProblemType("webhook-signature-invalid",
			"Invalid webhook signature", 401);

	public static final ProblemType WEBHOOK_STALE = new ProblemType("webhook-timestamp-stale", "Stale webhook", 401);

	public static final ProblemType WEBHOOK_MALFORMED = new ProblemType("webhook-malformed", "Malformed webhook", 400);

	/** The processor reports an outcome the payment's known state contradicts, such as success of a failed payment. */
	static final ProblemType STATE_CONFLICT = new ProblemType("payment-state-conflict", "Payment state conflict", 409);

	private PaymentsProblems() {
	}

	/**
	 * The refusal as the caller sees it. Above what is left, it carries {@code refundable}: what may be
	 * refunded now, in minor units, read under the same lock as the decision.
	 */
	static Problem of(RefundRefused refused, Payment payment) {
		ProblemType type = switch (refused.reason()) {
			case NOT_SUCCEEDED, FAILED -> NOT_REFUNDABLE;
			case NOT_POSITIVE -> ProblemType.VALIDATION;
			case OTHER_CURRENCY -> CURRENCY_MISMATCH;
			case EXCEEDS_PAID -> REFUND_EXCEEDS_PAYMENT;
		};
		String hint = switch (refused.reason()) {
			case NOT_SUCCEEDED -> " Wait until it has succeeded.";
			case FAILED -> " There is nothing to give back; the customer may pay again with another payment.";
			case NOT_POSITIVE -> " Send an amount of at least 1, or none to refund all that is left.";
			case OTHER_CURRENCY -> " Leave the currency out, or name the payment's.";
			case EXCEEDS_PAID -> " Refund at most what is left, or send no amount to refund exactly that.";
		};
		Map<String, Object> properties = refused.reason() == RefundRefused.Reason.EXCEEDS_PAID
				? Map.of("refundable", payment.refundable().amount()) : Map.of();
		return new Problem(type, refused.getMessage() + hint, properties);
	}
}
