package dev.plaza.lending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import dev.plaza.lending.LendingAccounts.Role;
import dev.plaza.lending.application.LoanBook;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** A lender's loans: opened from an accepted offer, disbursed through the ledger, read with their schedule and statement. */
@PlazaTest
class LoansTest {

	private static final LocalDate START = LocalDate.of(2026, 1, 15);

	@Autowired
	PlazaClient plaza;

	@Autowired
	LoanBook loanBook;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	Lender lender;

	@BeforeEach
	void aLender() {
		lender = Lender.newLender(plaza, loanBook, jdbc, transactions);
	}

	@Test
	void anAcceptedOfferBecomesALoanWithItsScheduleDisbursedLessTheFee() {
		UUID id = lender.openLoan(START, 20_000);

		JsonNode loan = lender.loan(id);
		assertThat(loan.get("status").asString()).isEqualTo("active");
		assertThat(loan.get("currency").asString()).isEqualTo("EUR");
		assertThat(loan.get("principal").asLong()).isEqualTo(1_000_000);
		assertThat(loan.get("originationFee").asLong()).isEqualTo(20_000);
		assertThat(loan.get("outstandingPrincipal").asLong()).isEqualTo(1_000_000);
		assertThat(loan.get("annualRateBasisPoints").asInt()).isEqualTo(1200);
		assertThat(loan.get("termMonths").asInt()).isEqualTo(12);
		assertThat(loan.get("repaymentFrequency").asString()).isEqualTo("monthly");
		assertThat(loan.get("disbursedOn").asString()).isEqualTo("2026-01-15");
		assertThat(loan.get("daysPastDue").asInt()).isZero();
		assertThat(loan.get("arrearsBucket").asString()).isEqualTo("current");
		assertThat(loan.get("repayments")).isEmpty();
		JsonNode schedule = loan.get("schedule");
		assertThat(schedule).hasSize(12);
		JsonNode first = schedule.get(0);
		assertThat(first.get("number").asInt()).isEqualTo(1);
		assertThat(first.get("dueDate").asString()).isEqualTo("2026-02-15");
		assertThat(first.get("interest").asLong()).isEqualTo(10_000);
		assertThat(first.get("principal").asLong()).isEqualTo(78_849);
		assertThat(first.get("total").asLong()).as("the known installment: 888.49").isEqualTo(88_849);
		assertThat(first.get("paid").asLong()).isZero();
		assertThat(first.get("status").asString()).isEqualTo("pending");
		assertThat(schedule.valueStream().mapToLong(installment -> installment.get("principal").asLong()).sum())
			.as("the principal parts add up to the amount lent").isEqualTo(1_000_000);

		assertThat(lender.ledgerBalance(Role.PORTFOLIO)).as("the portfolio holds the principal").isEqualTo(1_000_000);
		assertThat(lender.ledgerBalance(Role.FUNDING)).as("the borrower received the principal less the fee")
			.isEqualTo(-980_000);
		assertThat(lender.ledgerBalance(Role.FEE_INCOME)).isEqualTo(-20_000);
	}

	@Test
	void acceptingTheSameOfferAgainAnswersTheSameLoanAndDisbursesOnce() {
		UUID offer = UUID.randomUUID();
		UUID first = lender.openLoan(offer, START, 500_000, 0);
		UUID again = lender.openLoan(offer, START, 500_000, 0);

		assertThat(again).isEqualTo(first);
		assertThat(lender.ledgerBalance(Role.PORTFOLIO)).isEqualTo(500_000);
		assertThat(plaza.get(Lender.LOANS, lender.token).json().get("items")).hasSize(1);
	}

	@Test
	void loansAreListedNewestFirstPageByPage() {
		UUID older = lender.openLoan(START, 0);
		UUID newer = lender.openLoan(START.plusDays(1), 0);

		JsonNode firstPage = plaza.get(Lender.LOANS + "?limit=1", lender.token).json();
		assertThat(firstPage.get("items")).hasSize(1);
		assertThat(firstPage.get("items").get(0).get("id").asString()).isEqualTo(newer.toString());
		JsonNode secondPage = plaza
			.get(Lender.LOANS + "?limit=1&cursor=" + firstPage.get("nextCursor").asString(), lender.token)
			.json();
		assertThat(secondPage.get("items").get(0).get("id").asString()).isEqualTo(older.toString());
		assertThat(secondPage.get("items").get(0).get("outstandingPrincipal").asLong()).isEqualTo(1_000_000);
	}

	@Test
	void anotherLendersLoanIsNotFound() {
		UUID id = lender.openLoan(START, 0);
		Lender other = Lender.newLender(plaza, loanBook, jdbc, transactions);

		Response read = plaza.get(Lender.LOANS + "/" + id, other.token);

		assertThat(read.status()).isEqualTo(404);
		assertThat(read.problemType()).isEqualTo("not-found");
		assertThat(plaza.get(Lender.LOANS, other.token).json().get("items")).isEmpty();
	}

	@Test
	void theStatementNamesLenderBorrowerTermsBalancesAndSchedule() {
		UUID id = lender.openLoan(START, 20_000);
		lender.repaid(id, 88_849, "2026-02-15T10:00:00Z", null);

		Response json = lender.statement(id, "application/json");

		assertThat(json.status()).isEqualTo(200);
		JsonNode statement = json.json();
		assertThat(statement.get("lender").get("name").asString()).isEqualTo(lender.organizationName);
		assertThat(statement.get("borrower").get("name").asString()).isEqualTo("Ana García");
		assertThat(statement.get("terms").get("principal").asLong()).isEqualTo(1_000_000);
		assertThat(statement.get("terms").get("originationFee").asLong()).isEqualTo(20_000);
		assertThat(statement.get("balances").get("outstandingPrincipal").asLong()).isEqualTo(1_000_000 - 78_849);
		assertThat(statement.get("balances").get("paidInterest").asLong()).isEqualTo(10_000);
		assertThat(statement.get("schedule").get(0).get("status").asString()).isEqualTo("paid");
		assertThat(statement.get("repayments")).hasSize(1);
	}

	@Test
	void theStatementPrintsAsAPageWithoutScript() {
		UUID id = lender.openLoan(START, 0);
		lender.repaid(id, 88_849, "2026-02-15T10:00:00Z", null);

		Response html = lender.statement(id, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");

		assertThat(html.status()).isEqualTo(200);
		assertThat(html.header("Content-Type")).startsWith("text/html");
		assertThat(html.header("Content-Security-Policy")).contains("default-src 'none'");
		assertThat(html.text()).contains("<h1>Loan statement</h1>", "<h2 id=\"schedule\">Schedule</h2>", "<th scope=\"col\">Due</th>",
				"Ana García", lender.organizationName, "888.49 EUR", "@media print")
			.doesNotContain("<script");
	}

	@Test
	void readingNeedsTheLendingReadScope() {
		UUID id = lender.openLoan(START, 0);
		String admin = plaza.adminToken();
		String ledgerOnly = plaza.tenantCaller(admin, lender.tenant.toString(), "ledger:read").token();

		Response read = plaza.get(Lender.LOANS + "/" + id, ledgerOnly);

		assertThat(read.status()).isEqualTo(403);
	}
}
