package dev.plaza.lending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.lending.LendingAccounts.Role;
import dev.plaza.platform.TenantId;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The "done when", over HTTP: two lenders in the marketplace receive one application; one
 * declines it by its product's eligibility rules and says why, the other checks the applicant at the
 * credit bureau — which fails once and times out once before it answers — and offers; the applicant
 * accepts; the loan is disbursed, repaid in part, goes overdue by the close of business on a simulated
 * clock, and is paid off with the day's quote. The lender's portfolio account equals the outstanding
 * principal of its loans after every step.
 */
@PlazaTest
class LendingJourneyTest {

	/** A country no other test configures, so this journey's rule set and marketplace are its own. */
	private static final String AUSTRIA = "AT";

	private static final String PRIME = "prime-eligibility";

	@Autowired
	PlazaClient plaza;

	DecisionCalls calls;

	TenantCaller prime;

	TenantCaller everyone;

	@BeforeEach
	void twoAustrianLenders() {
		calls = new DecisionCalls(plaza);
		new Lenders(plaza).publishCountryWithAHighIncomeRuleSet(AUSTRIA, "Europe/Vienna", PRIME);
		prime = calls.lenders.lender(AUSTRIA, "ledger:read");
		everyone = calls.lenders.lender(AUSTRIA, "ledger:read");
	}

	/** Out of the marketplace again, so that a later run's applicants are not offered this run's loans. */
	@AfterEach
	void leaveTheMarketplace() {
		for (TenantCaller lender : new TenantCaller[] { prime, everyone }) {
			if (lender != null) {
				calls.lenders.participate(lender.token(), false, List.of());
			}
		}
	}

	@Test
	void twoLendersOneApplicationOneLoanFromDisbursementToPayoff() {
		Map<String, Object> primeOnly = DecisionCalls.knownProduct("PRIME");
		primeOnly.put("eligibilityRuleSet", PRIME);
		calls.lenders.productOf(prime, primeOnly);
		calls.lenders.productOf(everyone, DecisionCalls.knownProduct("EVERYONE"));
		assertThat(calls.lenders.participate(prime.token(), true, List.of(AUSTRIA)).status()).isEqualTo(200);
		assertThat(calls.lenders.participate(everyone.token(), true, List.of(AUSTRIA)).status()).isEqualTo(200);
		TenantCaller marketplace = calls.lenders.caller("lending:read", "lending:write");

		// An applicant earning 3,000.00 a month with a good credit file; the bureau fails once, then is too slow once.
		Map<String, Object> application = DecisionCalls.application(AUSTRIA, 760);
		DecisionCalls.applicant(application).put("name", "Lena Gruber [unavailable x1] [slow x1]");
		Response submitted = plaza.postJson("/api/v1/lending/applications", marketplace.token(),
				Lenders.JSON.writeValueAsString(application));
		assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
		String id = submitted.json().get("id").asString();
		assertThat(submitted.header("Location")).isEqualTo("/api/v1/lending/applications/" + id);

		JsonNode offer = calls.offerOf(marketplace.token(), id, everyone.tenantId());
		JsonNode decided = calls.application(marketplace.token(), id);
		assertThat(decided.get("status").asString()).isEqualTo("offered");
		JsonNode declined = DecisionCalls.decisionOf(decided, prime.tenantId()).orElseThrow();
		assertThat(declined.get("status").asString()).isEqualTo("declined");
		assertThat(declined.get("reasons").toString()).contains("4,000.00");
		assertThat(calls.offers(marketplace.token(), id)).as("the declining lender offers nothing")
			.noneMatch(any -> prime.tenantId().equals(any.get("lender").asString()));
		assertThat(offer.get("amount").asLong()).isEqualTo(1_000_000);
		assertThat(offer.get("termMonths").asInt()).isEqualTo(12);
		assertThat(offer.get("installment").asLong()).isEqualTo(88_849);
		assertThat(offer.get("annualRateBasisPoints").asInt()).isEqualTo(1200);
		assertThat(offer.get("aprBasisPoints").asInt()).isEqualTo(1268);
		assertThat(offer.get("schedule")).hasSize(12);

		Response accepted = calls.accept(marketplace.token(), id, offer.get("id").asString());
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		String loanPath = "/api/v1/lending/loans/" + accepted.json().get("loanId").asString();
		assertThat(calls.application(marketplace.token(), id).get("status").asString()).isEqualTo("accepted");
		JsonNode loan = read(loanPath, everyone);
		assertThat(loan.get("status").asString()).isEqualTo("active");
		assertThat(loan.get("outstandingPrincipal").asLong()).isEqualTo(1_000_000);
		assertThat(loan.get("schedule").valueStream().map(installment -> installment.get("status").asString()))
			.containsOnly("pending");
		assertReconciled(everyone);
		assertThat(balance(everyone, Role.FUNDING)).as("the amount paid out of the lender's funding").isEqualTo(-1_000_000);

		JsonNode first = loan.get("schedule").get(0);
		Response repaid = repay(everyone, loanPath, first.get("total").asLong(), "first-installment");
		assertThat(repaid.status()).as(repaid.text()).isEqualTo(201);
		loan = read(loanPath, everyone);
		assertThat(loan.get("schedule").get(0).get("status").asString()).isEqualTo("paid");
		assertThat(loan.get("outstandingPrincipal").asLong()).isEqualTo(1_000_000 - first.get("principal").asLong());
		assertReconciled(everyone);

		LocalDate secondDue = LocalDate.parse(loan.get("schedule").get(1).get("dueDate").asString());
		Response closed = plaza.postJson("/api/v1/lending/close-of-business", everyone.token(),
				Lenders.JSON.writeValueAsString(Map.of("businessDate", secondDue.plusDays(5).toString())));
		assertThat(closed.status()).as(closed.text()).isEqualTo(200);
		loan = read(loanPath, everyone);
		JsonNode second = loan.get("schedule").get(1);
		assertThat(second.get("status").asString()).isEqualTo("overdue");
		assertThat(second.get("fees").asLong()).as("the product's late fee").isEqualTo(1_500);
		assertThat(loan.get("daysPastDue").asInt()).isEqualTo(5);
		assertThat(loan.get("arrearsBucket").asString()).isEqualTo("1-30");
		assertThat(balance(everyone, Role.FEES_RECEIVABLE)).isEqualTo(1_500);
		assertReconciled(everyone);

		long principal = loan.get("outstandingPrincipal").asLong();
		JsonNode atTheBusinessDate = read(loanPath + "/payoff?date=" + secondDue.plusDays(5), everyone);
		assertThat(atTheBusinessDate.get("amount").asLong()).as("principal, the overdue installment's interest and its late fee")
			.isGreaterThanOrEqualTo(principal + second.get("interest").asLong() + 1_500);
		// Money is paid on the real clock: today's quote is the principal, the late fee and interest earned so far.
		JsonNode quote = read(loanPath + "/payoff", everyone);
		assertThat(quote.get("amount").asLong()).isBetween(principal + 1_500, atTheBusinessDate.get("amount").asLong());
		Response paidOff = repay(everyone, loanPath, quote.get("amount").asLong(), "payoff");
		assertThat(paidOff.status()).as(paidOff.text()).isEqualTo(201);
		loan = read(loanPath, everyone);
		assertThat(loan.get("status").asString()).isEqualTo("closed");
		assertThat(loan.get("outstandingPrincipal").asLong()).isZero();
		assertThat(loan.get("repayments")).hasSize(2);
		assertThat(balance(everyone, Role.FEES_RECEIVABLE)).as("the late fee was paid").isZero();
		assertReconciled(everyone);
		assertThat(balance(everyone, Role.FUNDING)).as("funding got back the principal, the interest and the late fee")
			.isEqualTo(-(balance(everyone, Role.INTEREST_INCOME) + balance(everyone, Role.LATE_FEE_INCOME)));
	}

	private Response repay(TenantCaller lender, String loanPath, long amount, String reference) {
		return plaza.postJson(loanPath + "/repayments", lender.token(), Lenders.JSON.writeValueAsString(
				Map.of("amount", amount, "paidAt", Instant.now().toString(), "reference", reference + "-" + UUID.randomUUID())));
	}

	private JsonNode read(String path, TenantCaller lender) {
		Response response = plaza.get(path, lender.token());
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json();
	}

	/** The portfolio account holds exactly the outstanding principal of the lender's loans. */
	private void assertReconciled(TenantCaller lender) {
		long outstanding = read("/api/v1/lending/loans?limit=100", lender).get("items")
			.valueStream()
			.mapToLong(summary -> summary.get("outstandingPrincipal").asLong())
			.sum();
		assertThat(balance(lender, Role.PORTFOLIO)).as("portfolio balance against outstanding principal").isEqualTo(outstanding);
	}

	/** The account's balance as the ledger API reports it: debits less credits. */
	private long balance(TenantCaller lender, Role role) {
		UUID account = LendingAccounts.account(TenantId.of(lender.tenantId()), role, Currency.getInstance("EUR")).value();
		JsonNode read = read("/api/v1/ledger/accounts/" + account, lender);
		return read.get("debitsPosted").asLong() - read.get("creditsPosted").asLong();
	}
}
