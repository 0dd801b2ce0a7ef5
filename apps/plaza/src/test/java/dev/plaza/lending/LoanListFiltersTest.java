package dev.plaza.lending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lender's staff list the loans in arrears: by status, by arrears bucket, or all past due, as the
 * last close of business found them; a filter naming no status or bucket is refused saying which exist.
 */
@PlazaTest
class LoanListFiltersTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	String token;

	UUID late;

	UUID onTime;

	@BeforeEach
	void aLenderWithALoanOverdueAndOneNotYetDue() {
		String admin = plaza.adminToken();
		String lender = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		token = plaza.tenantCaller(admin, lender, "lending:read", "lending:write").token();
		LoansOnTheBook book = new LoansOnTheBook(jdbc, transactions);
		late = book.open(UUID.fromString(lender), LoansOnTheBook.monthly(120_000, 1200, 12, LocalDate.of(2031, 1, 15)),
				2500, "ana@example.com").id();
		onTime = book.open(UUID.fromString(lender), LoansOnTheBook.monthly(120_000, 1200, 12, LocalDate.of(2031, 2, 10)),
				2500, "bea@example.com").id();
		Response closed = plaza.postJson("/api/v1/lending/close-of-business", token,
				Lenders.JSON.writeValueAsString(Map.of("businessDate", "2031-02-16")));
		assertThat(closed.status()).as(closed.text()).isEqualTo(200);
	}

	@Test
	void theListIsFilteredByArrearsBucketAndPastDue() {
		assertThat(ids("")).containsExactlyInAnyOrder(late, onTime);
		assertThat(ids("?pastDue=true")).containsExactly(late);
		assertThat(ids("?arrearsBucket=1-30")).containsExactly(late);
		assertThat(ids("?arrearsBucket=current")).containsExactly(onTime);
		assertThat(ids("?status=active&arrearsBucket=31-60")).isEmpty();
		assertThat(ids("?status=closed")).isEmpty();
	}

	@Test
	void aBucketThatDoesNotExistIsRefusedNamingTheOnesThatDo() {
		Response refused = plaza.get(Lender.LOANS + "?arrearsBucket=late", token);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("invalid-parameter");
		assertThat(refused.json().get("detail").asString()).contains("current, 1-30, 31-60, 61-90, 90+");
	}

	private List<UUID> ids(String query) {
		Response listed = plaza.get(Lender.LOANS + query, token);
		assertThat(listed.status()).as(listed.text()).isEqualTo(200);
		return listed.json().get("items").valueStream().map(loan -> UUID.fromString(loan.get("id").asString()))
			.toList();
	}
}
