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

/**
 * Borrowers repay: fees, interest, then principal, oldest installment first; once per reference; an
 * overpayment shortens the term or lowers the installments; the payoff quote closes the loan. The loan is
 * 10,000.00 EUR at 12 %, 12 monthly installments of 888.49 from 15 January 2026 (the first: 100.00
 * interest, 788.49 principal; the second: 92.12 interest).
 */
@PlazaTest
class RepaymentsTest {

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

	UUID loan;

	@BeforeEach
	void aLoan() {
		lender = Lender.newLender(plaza, loanBook, jdbc, transactions);
		loan = lender.openLoan(START, 0);
	}

	@Test
	void aRepaymentPaysInterestThenPrincipalOldestInstallmentFirst() {
		JsonNode repayment = lender.repaid(loan, 100_000, "2026-03-20T10:00:00Z", null);

		assertThat(repayment.get("amount").asLong()).isEqualTo(100_000);
		assertThat(repayment.get("prepayment").asLong()).isZero();
		JsonNode allocation = repayment.get("allocation");
		assertThat(allocation).hasSize(2);
		assertThat(allocation.get(0).get("installment").asInt()).isEqualTo(1);
		assertThat(allocation.get(0).get("interest").asLong()).isEqualTo(10_000);
		assertThat(allocation.get(0).get("principal").asLong()).isEqualTo(78_849);
		assertThat(allocation.get(1).get("installment").asInt()).isEqualTo(2);
		assertThat(allocation.get(1).get("interest").asLong()).as("the second's interest before its principal")
			.isEqualTo(9_212);
		assertThat(allocation.get(1).get("principal").asLong()).isEqualTo(100_000 - 88_849 - 9_212);

		JsonNode read = lender.loan(loan);
		assertThat(read.get("outstandingPrincipal").asLong()).isEqualTo(1_000_000 - 78_849 - 1_939);
		assertThat(read.get("schedule").get(0).get("status").asString()).isEqualTo("paid");
		assertThat(read.get("schedule").get(0).get("paid").asLong()).isEqualTo(88_849);
		assertThat(read.get("schedule").get(1).get("paid").asLong()).isEqualTo(11_151);
		assertThat(read.get("schedule").get(1).get("status").asString()).isNotEqualTo("paid");
		assertThat(read.get("repayments")).hasSize(1);
		assertThat(read.get("repayments").get(0).get("id").asString()).isEqualTo(repayment.get("id").asString());
		assertThat(lender.ledgerBalance(Role.PORTFOLIO)).isEqualTo(1_000_000 - 78_849 - 1_939);
		assertThat(lender.ledgerBalance(Role.INTEREST_INCOME)).isEqualTo(-(10_000 + 9_212));
	}

	@Test
	void theSameReferenceAgainAnswersTheFirstRepaymentAndMovesNoMoney() {
		Response first = lender.repay(loan, 88_849, "2026-02-15T10:00:00Z", "bank-4711", null);
		Response again = lender.repay(loan, 88_849, "2026-02-15T10:00:00Z", "bank-4711", null);
		Response otherAmount = lender.repay(loan, 50_000, "2026-02-15T10:00:00Z", "bank-4711", null);

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(otherAmount.status()).isEqualTo(409);
		assertThat(otherAmount.problemType()).isEqualTo("repayment-reference-reused");
		assertThat(lender.loan(loan).get("repayments")).hasSize(1);
		assertThat(lender.ledgerBalance(Role.PORTFOLIO)).isEqualTo(1_000_000 - 78_849);
	}

	@Test
	void anOverpaymentForAShorterTermPaysOffTheLastInstallments() {
		JsonNode repayment = lender.repaid(loan, 88_849 + 200_000, "2026-01-20T10:00:00Z", "shorter_term");

		assertThat(repayment.get("prepayment").asLong()).isEqualTo(200_000);
		assertThat(repayment.get("prepaymentChoice").asString()).isEqualTo("shorter_term");
		JsonNode read = lender.loan(loan);
		long outstanding = 1_000_000 - 78_849 - 200_000;
		assertThat(read.get("outstandingPrincipal").asLong()).isEqualTo(outstanding);
		JsonNode schedule = read.get("schedule");
		assertThat(schedule).as("the last two installments were paid off ahead").hasSize(10);
		assertThat(schedule.get(1).get("principal").asLong()).as("the next installment repays as much as before")
			.isEqualTo(79_637);
		assertThat(unpaidPrincipal(schedule)).isEqualTo(outstanding);
		assertThat(lender.ledgerBalance(Role.PORTFOLIO)).isEqualTo(outstanding);
	}

	@Test
	void anOverpaymentForALowerInstallmentKeepsTheDates() {
		lender.repaid(loan, 88_849 + 200_000, "2026-01-20T10:00:00Z", "lower_installment");

		JsonNode read = lender.loan(loan);
		long outstanding = 1_000_000 - 78_849 - 200_000;
		JsonNode schedule = read.get("schedule");
		assertThat(schedule).hasSize(12);
		assertThat(schedule.get(11).get("dueDate").asString()).isEqualTo("2027-01-15");
		for (int k = 1; k < 12; k++) {
			assertThat(schedule.get(k).get("total").asLong()).as("installment %d is lower", k + 1).isLessThan(88_849);
			assertThat(schedule.get(k).get("principal").asLong()).isPositive();
		}
		assertThat(unpaidPrincipal(schedule)).isEqualTo(outstanding);
		assertThat(read.get("outstandingPrincipal").asLong()).isEqualTo(outstanding);
	}

	@Test
	void payingTheQuoteClosesTheLoan() {
		Response quote = lender.payoff(loan, "2026-02-01");

		assertThat(quote.status()).isEqualTo(200);
		assertThat(quote.json().get("date").asString()).isEqualTo("2026-02-01");
		// 16 of the first period's 30 days (30/360) earned 16/30 of its 100.00 interest.
		long payoff = 1_000_000 + 5_333;
		assertThat(quote.json().get("amount").asLong()).isEqualTo(payoff);

		Response paid = lender.repay(loan, payoff, "2026-02-01T12:00:00Z", "payoff", null);

		assertThat(paid.status()).as(paid.text()).isEqualTo(201);
		JsonNode read = lender.loan(loan);
		assertThat(read.get("status").asString()).isEqualTo("closed");
		assertThat(read.get("outstandingPrincipal").asLong()).isZero();
		assertThat(read.get("schedule").valueStream().map(installment -> installment.get("status").asString()))
			.containsOnly("paid");
		assertThat(lender.ledgerBalance(Role.PORTFOLIO)).isZero();
		assertThat(lender.ledgerBalance(Role.INTEREST_INCOME)).isEqualTo(-5_333);
		assertThat(lender.payoff(loan, "2026-03-01").json().get("amount").asLong()).isZero();

		Response afterwards = lender.repay(loan, 100, "2026-02-02T12:00:00Z", "late", null);
		assertThat(afterwards.status()).isEqualTo(409);
		assertThat(afterwards.problemType()).isEqualTo("loan-closed");
	}

	@Test
	void moreThanThePayoffIsRefusedNamingIt() {
		Response refused = lender.repay(loan, 1_005_334, "2026-02-01T12:00:00Z", "too-much", null);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("repayment-exceeds-payoff");
		assertThat(refused.json().get("payoff").asLong()).isEqualTo(1_005_333);
		assertThat(refused.json().get("detail").asString()).contains("10053.33 EUR");
		assertThat(lender.loan(loan).get("repayments")).isEmpty();
	}

	@Test
	void aQuoteBeforeTheDisbursementOrOfNoDateIsRefused() {
		Response before = lender.payoff(loan, "2026-01-14");
		Response malformed = lender.payoff(loan, "14.01.2026");
		Response paidBefore = lender.repay(loan, 1_000, "2026-01-10T12:00:00Z", "early", null);

		assertThat(before.status()).isEqualTo(422);
		assertThat(before.problemType()).isEqualTo("date-before-disbursement");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.problemType()).isEqualTo("invalid-parameter");
		assertThat(paidBefore.status()).isEqualTo(422);
		assertThat(paidBefore.problemType()).isEqualTo("date-before-disbursement");
	}

	@Test
	void aRepaymentNeedsAnAmountAReferenceAndAKnownChoice() {
		Response refused = plaza.postJson(Lender.LOANS + "/" + loan + "/repayments", lender.token,
				"{\"amount\": 0, \"prepayment\": \"sooner\"}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("validation");
		assertThat(refused.json().get("detail").asString()).contains("amount", "reference", "prepayment");
	}

	@Test
	void anUnknownLoanIsNotFound() {
		Response refused = lender.repay(UUID.randomUUID(), 1_000, "2026-02-01T12:00:00Z", "nowhere", null);

		assertThat(refused.status()).isEqualTo(404);
	}

	private static long unpaidPrincipal(JsonNode schedule) {
		return schedule.valueStream()
			.filter(installment -> !installment.get("status").asString().equals("paid"))
			.mapToLong(installment -> installment.get("principal").asLong())
			.sum();
	}
}
