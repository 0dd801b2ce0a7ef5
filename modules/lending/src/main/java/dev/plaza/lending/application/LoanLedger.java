package dev.plaza.lending.application;

import dev.plaza.ledger.Posting;
import dev.plaza.ledger.Postings;
import dev.plaza.ledger.TransferId;
import dev.plaza.lending.LendingAccounts;
import dev.plaza.lending.LendingAccounts.Movement;
import dev.plaza.lending.LendingAccounts.Role;
import dev.plaza.lending.domain.Loan;
import dev.plaza.lending.domain.Repayment;
import dev.plaza.platform.Money;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Moves a loan's money through the lender's {@link LendingAccounts}. Each movement is one linked chain
 * whose transfer ids are derived from what it records (the loan's offer, a repayment), so posting it
 * again, after a crash or for a retried request, changes nothing.
 */
@Component
class LoanLedger {

	private final Postings postings;

	/** Lender and currency pairs whose accounts this process opened: ledger accounts are never closed. */
	private final Set<String> opened = ConcurrentHashMap.newKeySet();

	LoanLedger(Postings postings) {
		this.postings = postings;
	}

	/** Principal less the fee from funding to the portfolio, the fee to fee income: the portfolio holds the principal. */
	void disbursed(Loan loan) {
		open(loan.currency());
		List<Posting> chain = new ArrayList<>();
		String name = "loan:" + loan.offer() + ":";
		add(chain, name + "disbursement", Role.PORTFOLIO, Role.FUNDING, loan.principal() - loan.originationFee(),
				loan.currency(), Movement.DISBURSEMENT);
		add(chain, name + "origination-fee", Role.PORTFOLIO, Role.FEE_INCOME, loan.originationFee(), loan.currency(),
				Movement.ORIGINATION_FEE);
		post(chain);
	}

	/** Principal back out of the portfolio, interest and late fees to their accounts, all into funding. */
	void repaid(Loan loan, Repayment repayment) {
		open(loan.currency());
		List<Posting> chain = new ArrayList<>();
		String name = "repayment:" + repayment.id() + ":";
		add(chain, name + "principal", Role.FUNDING, Role.PORTFOLIO, repayment.principal(), loan.currency(),
				Movement.PRINCIPAL_REPAID);
		add(chain, name + "interest", Role.FUNDING, Role.INTEREST_INCOME, repayment.interest(), loan.currency(),
				Movement.INTEREST_PAID);
		add(chain, name + "late-fees", Role.FUNDING, Role.FEES_RECEIVABLE, repayment.fees(), loan.currency(),
				Movement.LATE_FEE_PAID);
		post(chain);
	}

	private void open(Currency currency) {
		TenantId lender = TenantContext.current().orElseThrow();
		String pair = lender + ":" + currency.getCurrencyCode();
		if (!opened.contains(pair)) {
			postings.open(LendingAccounts.of(lender, currency));
			opened.add(pair);
		}
	}

	/** The ledger takes no empty transfers: a share of nothing is left out. */
	private static void add(List<Posting> chain, String name, Role debit, Role credit, long amount, Currency currency,
			Movement movement) {
		if (amount == 0) {
			return;
		}
		TenantId lender = TenantContext.current().orElseThrow();
		UUID id = UUID.nameUUIDFromBytes(("plaza.lending.transfer:" + lender + ":" + name).getBytes(StandardCharsets.UTF_8));
		chain.add(new Posting(new TransferId(id), LendingAccounts.account(lender, debit, currency),
				LendingAccounts.account(lender, credit, currency), new Money(amount, currency), movement.code()));
	}

	private void post(List<Posting> chain) {
		if (!chain.isEmpty()) {
			postings.post(chain);
		}
	}
}
