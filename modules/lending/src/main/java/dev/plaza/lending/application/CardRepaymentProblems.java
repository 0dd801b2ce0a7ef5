package dev.plaza.lending.application;

import dev.plaza.platform.ProblemType;

/** The problems callers of card repayments may cause. */
public final class CardRepaymentProblems {

	/** The processor refused the card: nothing was charged and nothing applied to the loan. */
	public static final ProblemType CARD_DECLINED = new ProblemType("card-declined", "Card declined", 402);

	/** A repayment says both when it was paid another way and which card to charge now. */
	public static final ProblemType PAID_AT_OR_PAYMENT_METHOD = new ProblemType("paid-at-or-payment-method",
			"Paid at or payment method", 422);

	private CardRepaymentProblems() {
	}
}
