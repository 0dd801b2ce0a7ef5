package dev.plaza.lending.application;

import dev.plaza.lending.LoanId;
import dev.plaza.lending.domain.AcceptedOffer;
import dev.plaza.lending.domain.Loan;
import dev.plaza.lending.domain.Schedule;
import dev.plaza.lending.persistence.Loans;
import dev.plaza.platform.AfterCommit;
import dev.plaza.platform.Ids;
import dev.plaza.rules.Configurations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens loans: the loan and its installments in the lender's tenant, then the disbursement through the
 * ledger once they are committed (in the caller's transaction, if there is one). The disbursement's
 * transfer ids are derived from the offer, so opening an offer again, or retrying after the ledger was
 * out of reach, posts it at most once.
 */
@Service
class LoanOpening implements LoanBook {

	private final Loans loans;

	private final LoanLedger ledger;

	private final LoanWebhooks webhooks;

	private final Configurations configurations;

	private final TransactionTemplate transactions;

	LoanOpening(Loans loans, LoanLedger ledger, LoanWebhooks webhooks, Configurations configurations,
			PlatformTransactionManager transactionManager) {
		this.loans = loans;
		this.ledger = ledger;
		this.webhooks = webhooks;
		this.configurations = configurations;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public LoanId open(AcceptedOffer offer) {
		Loan loan = transactions.execute(status -> {
			Loan opened = loans.open(new LoanId(Ids.newId()), offer, configurations.tenant().timeZone(),
					Schedule.of(offer.terms()).installments());
			webhooks.disbursed(opened);
			return opened;
		});
		AfterCommit.run(() -> ledger.disbursed(loan));
		return loan.id();
	}
}
