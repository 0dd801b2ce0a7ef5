package dev.plaza.lending;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.plaza.lending.LendingAccounts.Role;
import dev.plaza.lending.application.LoanBook;
import dev.plaza.lending.domain.AcceptedOffer;
import dev.plaza.lending.domain.Amortization;
import dev.plaza.lending.domain.DayCount;
import dev.plaza.lending.domain.LoanTerms;
import dev.plaza.lending.domain.RepaymentFrequency;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fresh lender (an organization's demo tenant) with a client holding the lending and ledger scopes,
 * one product, and loans opened through {@link LoanBook} as accepting an offer does. Loans, repayments
 * and the ledger are then read and changed over HTTP, as the lender's systems do.
 */
final class Lender {

	static final String LOANS = "/api/v1/lending/loans";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final PlazaClient plaza;

	final TenantId tenant;

	final String token;

	final String organizationName;

	private final LoanBook loanBook;

	private final UUID product;

	private Lender(PlazaClient plaza, TenantId tenant, String token, String organizationName, LoanBook loanBook,
			UUID product) {
		this.plaza = plaza;
		this.tenant = tenant;
		this.token = token;
		this.organizationName = organizationName;
		this.loanBook = loanBook;
		this.product = product;
	}

	/**
	 * The product is stored directly: this is the set-up of a loan, whose product the products API
	 * creates in the marketplace journey.
	 */
	static Lender newLender(PlazaClient plaza, LoanBook loanBook, JdbcClient jdbc, TransactionOperations transactions) {
		String admin = plaza.adminToken();
		JsonNode organization = plaza.newOrganization(admin);
		String tenantId = organization.get("tenants").get(0).get("id").asString();
		String token = plaza.tenantCaller(admin, tenantId, "lending:read", "lending:write", "ledger:read").token();
		TenantId tenant = TenantId.of(tenantId);
		UUID product = UUID.randomUUID();
		TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(status -> jdbc.sql("""
				INSERT INTO lending.products (tenant_id, id, code, name, country, currency, min_amount, max_amount, terms_months,
				    annual_rate_basis_points, amortization, day_count, repayment_frequency)
				VALUES (platform.current_tenant(), :id, 'personal', 'Personal loan', 'ES', 'EUR', 10000, 10000000, '{6,12,24}',
				    1200, 'declining_balance', '30/360', 'monthly')""").param("id", product).update()));
		return new Lender(plaza, tenant, token, organization.get("name").asString(), loanBook, product);
	}

	/** 10,000.00 EUR at 12 %, 12 monthly installments, declining balance, 30/360, from {@code start}. */
	UUID openLoan(LocalDate start, long originationFee) {
		return openLoan(UUID.randomUUID(), start, 1_000_000, originationFee);
	}

	UUID openLoan(UUID offer, LocalDate start, long amount, long originationFee) {
		LoanTerms terms = new LoanTerms(amount, 1200, 12, Amortization.DECLINING_BALANCE, DayCount.THIRTY_360,
				RepaymentFrequency.MONTHLY, 0, start);
		AcceptedOffer accepted = new AcceptedOffer(new OfferId(offer), new LoanApplicationId(UUID.randomUUID()),
				new LoanProductId(product), Currency.getInstance("EUR"), terms, originationFee, 1_500, "Ana García",
				"ana@example.com", start.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
		return TenantContext.callAs(tenant, () -> loanBook.open(accepted)).value();
	}

	JsonNode loan(UUID id) {
		Response response = plaza.get(LOANS + "/" + id, token);
		assertThat(response.status()).as("reading loan %s: %s", id, response.text()).isEqualTo(200);
		return response.json();
	}

	Response repay(UUID loan, long amount, String paidAt, String reference, String prepayment) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("amount", amount);
		body.put("paidAt", paidAt);
		body.put("reference", reference);
		if (prepayment != null) {
			body.put("prepayment", prepayment);
		}
		return plaza.postJson(LOANS + "/" + loan + "/repayments", token, JSON.writeValueAsString(body));
	}

	/** A repayment that must be taken: its JSON. */
	JsonNode repaid(UUID loan, long amount, String paidAt, String prepayment) {
		Response response = repay(loan, amount, paidAt, UUID.randomUUID().toString(), prepayment);
		assertThat(response.status()).as("repaying: %s", response.text()).isEqualTo(201);
		return response.json();
	}

	Response payoff(UUID loan, String date) {
		return plaza.get(LOANS + "/" + loan + "/payoff" + (date == null ? "" : "?date=" + date), token);
	}

	Response statement(UUID loan, String accept) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri(LOANS + "/" + loan + "/statement"))
			.header("Authorization", "Bearer " + token)
			.header("Accept", accept)
			.GET());
	}

	/** An account's debits less credits, read from the ledger's API. */
	long ledgerBalance(Role role) {
		UUID account = LendingAccounts.account(tenant, role, Currency.getInstance("EUR")).value();
		Response response = plaza.get("/api/v1/ledger/accounts/" + account, token);
		assertThat(response.status()).as("reading the %s account: %s", role, response.text()).isEqualTo(200);
		return response.json().get("debitsPosted").asLong() - response.json().get("creditsPosted").asLong();
	}
}
