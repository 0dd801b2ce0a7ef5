package dev.plaza.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.plaza.lending.LendingAccounts.Role;
import dev.plaza.lending.application.LoanBook;
import dev.plaza.sims.cardprocessor.CardProcessorSimulator;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A borrower repays with a card: Plaza charges the card through the payments module (the bundled card
 * processor simulator: {@code tok_approve}, {@code tok_decline}, {@code tok_pending}) and applies the
 * repayment as a recorded one paid today once the payment succeeds — never for a declined card, once for a
 * pending one when it succeeds, and one charge per reference. The loan is 10,000.00 EUR at 12 %, 12 monthly
 * installments of 888.49 from 15 January 2026; 888.49 pays the first (100.00 interest, 788.49 principal).
 */
@PlazaTest
class CardRepaymentsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long FIRST_INSTALLMENT = 88_849;

	private static final long FIRST_PRINCIPAL = 78_849;

	@Autowired
	PlazaClient plaza;

	@Autowired
	LoanBook loanBook;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CardProcessorSimulator processor;

	Lender lender;

	UUID loan;

	@BeforeEach
	void aLoan() {
		lender = Lender.newLender(plaza, loanBook, jdbc, transactions);
		loan = lender.openLoan(LocalDate.of(2026, 1, 15), 0);
	}

	@Test
	void anApprovedCardAppliesTheRepaymentPaidTodayAndSettlesItsPayment() {
		Response paid = payByCard(FIRST_INSTALLMENT, "card-1", "tok_approve");

		assertThat(paid.status()).as(paid.text()).isEqualTo(201);
		JsonNode repayment = paid.json();
		assertThat(repayment.get("paymentStatus").asString()).isEqualTo("succeeded");
		assertThat(repayment.get("reference").asString()).isEqualTo("card-1");
		assertThat(repayment.get("allocation").get(0).get("interest").asLong()).isEqualTo(10_000);
		assertThat(repayment.get("allocation").get(0).get("principal").asLong()).isEqualTo(FIRST_PRINCIPAL);
		assertThat(repayment.get("paidAt").asString()).startsWith(LocalDate.now(java.time.ZoneOffset.UTC).toString());
		assertThat(chargesAtProcessor(repayment.get("paymentId").asString())).isEqualTo(1);
		JsonNode read = lender.loan(loan);
		assertThat(read.get("repayments")).hasSize(1);
		assertThat(read.get("repayments").get(0).get("id").asString()).isEqualTo(repayment.get("id").asString());
		assertThat(read.get("outstandingPrincipal").asLong()).isEqualTo(1_000_000 - FIRST_PRINCIPAL);
		assertThat(lender.ledgerBalance(Role.PORTFOLIO)).as("the portfolio reconciles with the loan")
			.isEqualTo(1_000_000 - FIRST_PRINCIPAL);
		assertThat(lender.ledgerBalance(Role.INTEREST_INCOME)).isEqualTo(-10_000);
		assertThat(lender.ledgerBalance(Role.CARD_CLEARING)).as("the processor holds the payment until it pays out")
			.isEqualTo(FIRST_INSTALLMENT);
		assertThat(lender.ledgerBalance(Role.FUNDING)).as("nothing reached the lender's funding yet")
			.isEqualTo(-1_000_000);
	}

	@Test
	void aDeclinedCardIs402AndAppliesNothing() {
		Response declined = payByCard(FIRST_INSTALLMENT, "card-declined", "tok_decline");

		assertThat(declined.status()).as(declined.text()).isEqualTo(402);
		assertThat(declined.problemType()).isEqualTo("card-declined");
		assertThat(declined.json().get("failureCode").asString()).isEqualTo("generic_decline");
		assertThat(declined.json().get("paymentId").asString()).isNotBlank();
		assertThat(lender.loan(loan).get("repayments")).isEmpty();
		assertThat(lender.ledgerBalance(Role.PORTFOLIO)).isEqualTo(1_000_000);
		assertThat(lender.ledgerBalance(Role.CARD_CLEARING)).isZero();
		assertThat(lender.ledgerBalance(Role.INTEREST_INCOME)).isZero();
	}

	@Test
	void aPendingPaymentIs202AndTheRepaymentIsAppliedOnceWhenItSucceeds() {
		Response pending = payByCard(FIRST_INSTALLMENT, "card-pending", "tok_pending");

		assertThat(pending.status()).as(pending.text()).isEqualTo(202);
		assertThat(pending.json().get("paymentStatus").asString()).isEqualTo("pending");
		assertThat(lender.loan(loan).get("repayments")).as("nothing applied before the payment succeeds").isEmpty();
		await().atMost(Duration.ofSeconds(15)).until(() -> lender.loan(loan).get("repayments").size() == 1);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
			.until(() -> lender.loan(loan).get("repayments").size() == 1);
		assertThat(lender.loan(loan).get("outstandingPrincipal").asLong()).isEqualTo(1_000_000 - FIRST_PRINCIPAL);
		assertThat(lender.ledgerBalance(Role.PORTFOLIO)).isEqualTo(1_000_000 - FIRST_PRINCIPAL);
		assertThat(lender.ledgerBalance(Role.CARD_CLEARING)).isEqualTo(FIRST_INSTALLMENT);

		Response again = payByCard(FIRST_INSTALLMENT, "card-pending", "tok_pending");
		assertThat(again.status()).as("asked again once paid: the repayment, applied").isEqualTo(200);
		assertThat(again.json().get("paymentId").asString()).isEqualTo(pending.json().get("paymentId").asString());
	}

	@Test
	void theSameReferenceTwiceChargesTheCardOnce() {
		Response first = payByCard(FIRST_INSTALLMENT, "card-twice", "tok_approve");
		Response again = payByCard(FIRST_INSTALLMENT, "card-twice", "tok_approve");
		Response otherAmount = payByCard(50_000, "card-twice", "tok_approve");

		assertThat(first.status()).as(first.text()).isEqualTo(201);
		assertThat(again.status()).as(again.text()).isEqualTo(200);
		assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(again.json().get("paymentId").asString()).isEqualTo(first.json().get("paymentId").asString());
		assertThat(chargesAtProcessor(first.json().get("paymentId").asString())).isEqualTo(1);
		assertThat(otherAmount.status()).isEqualTo(409);
		assertThat(otherAmount.problemType()).isEqualTo("repayment-reference-reused");
		assertThat(lender.loan(loan).get("repayments")).hasSize(1);
		assertThat(lender.ledgerBalance(Role.PORTFOLIO)).isEqualTo(1_000_000 - FIRST_PRINCIPAL);
		assertThat(lender.ledgerBalance(Role.CARD_CLEARING)).isEqualTo(FIRST_INSTALLMENT);
	}

	@Test
	void moreThanThePayoffIsRefusedBeforeTheCardIsCharged() {
		long payoff = lender.payoff(loan, null).json().get("amount").asLong();

		Response tooMuch = payByCard(payoff + 1, "card-too-much", "tok_approve");

		assertThat(tooMuch.status()).as(tooMuch.text()).isEqualTo(422);
		assertThat(tooMuch.problemType()).isEqualTo("repayment-exceeds-payoff");
		assertThat(lender.ledgerBalance(Role.CARD_CLEARING)).isZero();
	}

	@Test
	void aRepaymentSaysEitherWhenItWasPaidOrWhichCardToChargeNotBoth() {
		Response both = repay(Map.of("amount", 1_000, "reference", "both", "paidAt", "2026-02-15T10:00:00Z",
				"paymentMethod", "tok_approve"));

		assertThat(both.status()).as(both.text()).isEqualTo(422);
		assertThat(both.problemType()).isEqualTo("paid-at-or-payment-method");
		assertThat(lender.loan(loan).get("repayments")).isEmpty();
		assertThat(lender.ledgerBalance(Role.CARD_CLEARING)).isZero();
	}

	private Response payByCard(long amount, String reference, String paymentMethod) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("amount", amount);
		body.put("paymentMethod", paymentMethod);
		body.put("reference", reference);
		return repay(body);
	}

	private Response repay(Map<String, Object> body) {
		return plaza.postJson(Lender.LOANS + "/" + loan + "/repayments", lender.token, JSON.writeValueAsString(body));
	}

	/** How many charges the processor made for the payment, asked over its own API. */
	private int chargesAtProcessor(String payment) {
		Response list = plaza.send(HttpRequest.newBuilder(
				processor.baseUrl().resolve("/v1/charges?metadata%5Bpayment_id%5D=" + payment))
			.header("Authorization", "Bearer " + processor.settings().apiKey())
			.GET());
		assertThat(list.status()).as(list.text()).isEqualTo(200);
		return list.json().get("data").size();
	}
}
