package dev.plaza.lending.application;

import dev.plaza.platform.ProblemType;

/** The problems callers of loans and repayments may cause. */
public final class LoanProblems {

	/** The loan was paid off; it takes no more repayments. */
	public static final ProblemType LOAN_CLOSED = new ProblemType("loan-closed", "Loan closed", 409);

	/** A reference names an earlier repayment of another amount. */
	public static final ProblemType REPAYMENT_REFERENCE_REUSED = new ProblemType("repayment-reference-reused",
			"Repayment reference reused", 409);

	/** A repayment above what closes the loan on its date. */
	public static final ProblemType REPAYMENT_EXCEEDS_PAYOFF = new ProblemType("repayment-exceeds-payoff",
			"Repayment exceeds payoff", 422);

	/** A date before the loan was disbursed: nothing was owed then. */
	public static final ProblemType BEFORE_DISBURSEMENT = new ProblemType("date-before-disbursement",
			"Date before disbursement", 422);

	private LoanProblems() {
	}
}
