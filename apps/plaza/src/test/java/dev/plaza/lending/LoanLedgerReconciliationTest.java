package dev.plaza.lending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.plaza.lending.LendingAccounts.Role;
import dev.plaza.lending.application.LoanBook;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The lender's books agree with its loans, always: after every disbursement and repayment, the outstanding
 * principal over all its loans (read from the loans API) equals its portfolio account's balance (read from
 * the ledger API), and everything that left funding came back to it or is still lent.
 */
@PlazaTest
class LoanLedgerReconciliationTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	LoanBook loanBook;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void outstandingPrincipalEqualsThePortfolioBalanceThroughDisbursementsAndRepayments() {
		Lender lender = Lender.newLender(plaza, loanBook, jdbc, transactions);
		LocalDate start = LocalDate.of(2026, 1, 15);

		UUID plain = lender.openLoan(start, 20_000);
		reconciles(lender);
		UUID prepaid = lender.openLoan(UUID.randomUUID(), start.plusDays(3), 600_000, 6_000);
		UUID paidOff = lender.openLoan(UUID.randomUUID(), start.plusDays(10), 250_000, 0);
		reconciles(lender);

		lender.repaid(plain, 88_849, "2026-02-15T09:00:00Z", null);
		reconciles(lender);
		lender.repaid(plain, 120_000, "2026-04-01T09:00:00Z", null);
		reconciles(lender);
		lender.repaid(prepaid, 150_000, "2026-02-01T09:00:00Z", "shorter_term");
		reconciles(lender);
		lender.repaid(prepaid, 90_000, "2026-03-10T09:00:00Z", "lower_installment");
		reconciles(lender);
		long quote = lender.payoff(paidOff, "2026-03-05").json().get("amount").asLong();
		lender.repaid(paidOff, quote, "2026-03-05T09:00:00Z", null);
		reconciles(lender);

		assertThat(lender.loan(paidOff).get("status").asString()).isEqualTo("closed");
		assertThat(lender.ledgerBalance(Role.PORTFOLIO)).isPositive();
	}

	private void reconciles(Lender lender) {
		List<JsonNode> loans = plaza.get(Lender.LOANS + "?limit=500", lender.token).json().get("items").valueStream().toList();
		long outstanding = loans.stream().mapToLong(loan -> loan.get("outstandingPrincipal").asLong()).sum();
		assertThat(lender.ledgerBalance(Role.PORTFOLIO)).as("the portfolio account holds the outstanding principal of %d loans",
				loans.size()).isEqualTo(outstanding);
		long lent = loans.stream().mapToLong(loan -> loan.get("principal").asLong()).sum();
		long repaidPrincipal = lent - outstanding;
		long income = -(lender.ledgerBalance(Role.INTEREST_INCOME) + lender.ledgerBalance(Role.FEE_INCOME));
		assertThat(-lender.ledgerBalance(Role.FUNDING)).as("funding paid out what is lent less what came back and the income")
			.isEqualTo(lent - repaidPrincipal - income);
	}
}
