package dev.plaza.lending.application;

import dev.plaza.lending.LoanId;
import dev.plaza.lending.domain.AcceptedOffer;

/** The lender's loans, as accepting an offer sees them. */
public interface LoanBook {

	/**
	 * Opens the loan of an accepted offer in the current (the lender's) tenant, with its schedule,
	 * and disburses it through the ledger. Opening the same offer again answers the loan opened the
	 * first time and moves no money twice.
	 */
	LoanId open(AcceptedOffer offer);
}
