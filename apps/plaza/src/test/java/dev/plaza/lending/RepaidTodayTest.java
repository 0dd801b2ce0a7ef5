package dev.plaza.lending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A repayment sent without {@code paidAt} is paid now, as the API describes it (it answered 500
 * before).
 */
@PlazaTest
class RepaidTodayTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aRepaymentWithoutPaidAtIsPaidNow() {
		String admin = plaza.adminToken();
		String lender = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		String token = plaza.tenantCaller(admin, lender, "lending:read", "lending:write").token();
		UUID loan = new LoansOnTheBook(jdbc, transactions).open(UUID.fromString(lender),
				LoansOnTheBook.monthly(120_000, 1200, 12, LocalDate.now(ZoneId.of("Europe/Madrid")).minusDays(1)), 2500,
				"ana@example.com").id();

		Response repaid = plaza.postJson(Lender.LOANS + "/" + loan + "/repayments", token,
				Lenders.JSON.writeValueAsString(Map.of("amount", 5_000, "reference", "TRF-" + loan)));

		assertThat(repaid.status()).as(repaid.text()).isEqualTo(201);
		assertThat(Instant.parse(repaid.json().get("paidAt").asString())).isBetween(Instant.now().minus(Duration.ofMinutes(1)),
				Instant.now());
		assertThat(plaza.get(Lender.LOANS + "/" + loan, token).json().get("repayments").get(0).get("amount").asLong())
			.isEqualTo(5_000);
	}
}
