package dev.plaza.payments.processor;

/** The processor's answer to a refund. */
public sealed interface RefundOutcome {

	record Refunded(String processorRefundId) implements RefundOutcome {
	}

	/** The processor will not refund this, for {@code code}; nothing was given back. */
	record Refused(String code, String message) implements RefundOutcome {
	}

	/** No answer within the budget, or the processor is down: the refund may or may not exist. */
	record Unanswered(String reason) implements RefundOutcome {
	}
}
