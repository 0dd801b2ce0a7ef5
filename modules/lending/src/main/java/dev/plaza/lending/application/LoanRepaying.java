package dev.plaza.lending.application;

import dev.plaza.lending.LoanId;
import dev.plaza.lending.domain.ArrearsBucket;
import dev.plaza.lending.domain.Loan;
import dev.plaza.lending.domain.LoanInstallment;
import dev.plaza.lending.domain.LoanRepayment;
import dev.plaza.lending.domain.Payoff;
import dev.plaza.lending.domain.PrepaymentChoice;
import dev.plaza.lending.domain.Repayment;
import dev.plaza.lending.persistence.Loans;
import dev.plaza.lending.persistence.Repayments;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Money;
import dev.plaza.platform.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes repayments. Under the loan's row lock it reads only the loan's open installments, decides in
 * memory ({@link LoanRepayment}), writes the changed installments and the balances set-wise and records
 * the repayment; once committed, the money moves through the ledger. A repayment is once per loan and
 * reference: asking again answers the first one (and posts it again, which the ledger takes once).
 */
@Service
public class LoanRepaying {

	private final Loans loans;

	private final Repayments repayments;

	private final LoanLedger ledger;

	private final LoanWebhooks webhooks;

	private final TransactionTemplate transactions;

	LoanRepaying(Loans loans, Repayments repayments, LoanLedger ledger, LoanWebhooks webhooks,
			PlatformTransactionManager transactionManager) {
		this.loans = loans;
		this.repayments = repayments;
		this.ledger = ledger;
		this.webhooks = webhooks;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** A repayment received, and whether this call recorded it (false: the reference's earlier one). */
	public record Received(Repayment repayment, boolean created) {
	}

	/**
	 * @param paidAt when the borrower paid; now when null
	 * @param choice how money beyond the installments payable now is applied
	 * @throws Problem 404 for no such loan, 409 for a closed loan or a reference of another amount, 422 above
	 *     the payoff of the day or before the disbursement
	 */
	public Received repay(LoanId id, long amount, Instant paidAt, String reference, PrepaymentChoice choice) {
		Instant when = paidAt == null ? Instant.now() : paidAt;
		Recorded recorded = transactions.execute(status -> record(id, amount, when, reference, choice));
		ledger.repaid(recorded.loan(), recorded.received().repayment());
		return recorded.received();
	}

	private record Recorded(Loan loan, Received received) {
	}

	private Recorded record(LoanId id, long amount, Instant paidAt, String reference, PrepaymentChoice choice) {
		Loan loan = loans.lock(id).orElseThrow(() -> Problem.notFound("loan", id));
		Repayment earlier = repayments.find(id, reference).orElse(null);
		if (earlier != null) {
			if (earlier.amount() != amount) {
				throw new Problem(LoanProblems.REPAYMENT_REFERENCE_REUSED, "Reference '" + reference + "' is repayment "
						+ earlier.id() + " of " + new Money(earlier.amount(), loan.currency())
						+ " already. Send a new reference for another repayment, or the same amount to read that one.",
						Map.of("repaymentId", earlier.id()));
			}
			return new Recorded(loan, new Received(earlier, false));
		}
		if (loan.closed()) {
			throw new Problem(LoanProblems.LOAN_CLOSED,
					"Loan " + id + " is paid off and closed; it takes no more repayments.");
		}
		LocalDate paidOn = LocalDate.ofInstant(paidAt, loan.timeZone());
		refuseBeforeDisbursement(loan, paidOn, "paidAt");
		List<LoanInstallment> open = loans.openInstallments(id);
		Payoff payoff = LoanRepayment.payoff(loan, open, paidOn);
		if (amount > payoff.amount()) {
			throw new Problem(LoanProblems.REPAYMENT_EXCEEDS_PAYOFF, "Loan " + id + " is paid off on " + paidOn + " with "
					+ new Money(payoff.amount(), loan.currency()) + " (" + payoff.amount()
					+ " minor units); send at most that amount.", Map.of("payoff", payoff.amount(), "date", paidOn.toString()));
		}
		LoanRepayment applied = LoanRepayment.of(loan, open, amount, paidOn, choice);
		Repayment repayment = new Repayment(Ids.newId(), reference, amount, paidAt, applied.parts(), applied.prepayment(),
				applied.prepayment() > 0 ? choice : null);
		loans.dropInstallments(id, applied.dropped());
		loans.updateInstallments(id, applied.changed());
		loans.repaid(id, applied.outstandingPrincipal(), applied.daysPastDue(),
				ArrearsBucket.of(applied.daysPastDue()).code(), applied.closed());
		repayments.insert(id, repayment);
		webhooks.repaymentReceived(loan, repayment, applied.outstandingPrincipal());
		if (applied.closed()) {
			webhooks.closed(loan);
		}
		return new Recorded(loan, new Received(repayment, true));
	}

	static void refuseBeforeDisbursement(Loan loan, LocalDate date, String field) {
		if (date.isBefore(loan.disbursedOn())) {
			throw new Problem(LoanProblems.BEFORE_DISBURSEMENT, "Loan " + loan.id() + " was disbursed on " + loan.disbursedOn()
					+ " (" + loan.timeZone() + "); " + field + " " + date + " comes before it. Send a date on or after "
					+ loan.disbursedOn() + ".", Map.of("disbursedOn", loan.disbursedOn().toString()));
		}
	}
}
