package dev.plaza.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import dev.plaza.ledger.LedgerCalls.Balances;
import dev.plaza.platform.Money;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Other modules post through {@link Postings}: idempotently, as one chain, seen over the ledger's HTTP API. */
@PlazaTest
class LedgerPostingsTest {

	private static final Currency EUR = Currency.getInstance("EUR");

	@Autowired
	PlazaClient plaza;

	@Autowired
	Postings postings;

	@Autowired
	HikariDataSource pool;

	LedgerCalls ledger;

	TenantId tenant;

	AccountId clearing = new AccountId(UUID.randomUUID());

	AccountId receivable = new AccountId(UUID.randomUUID());

	AccountId fees = new AccountId(UUID.randomUUID());

	@BeforeEach
	void aTenantWithThreeAccounts() {
		ledger = LedgerCalls.newTenant(plaza, "ledger:read", "ledger:write", "tenant:read");
		tenant = TenantId.of(plaza.get("/api/v1/tenant", ledger.token).json().get("id").asString());
		List<LedgerAccount> accounts = List.of(new LedgerAccount(clearing, EUR, 10), new LedgerAccount(receivable, EUR, 20),
				new LedgerAccount(fees, EUR, 30));
		TenantContext.runAs(tenant, () -> postings.open(accounts));
		TenantContext.runAs(tenant, () -> postings.open(accounts));
	}

	@Test
	void aChainIsPostedOnceHoweverOftenItIsSent() {
		List<Posting> settlement = List.of(
				new Posting(new TransferId(UUID.randomUUID()), clearing, receivable, Money.of(9_500, "EUR"), 1),
				new Posting(new TransferId(UUID.randomUUID()), clearing, fees, Money.of(500, "EUR"), 2));

		TenantContext.runAs(tenant, () -> postings.post(settlement));
		TenantContext.runAs(tenant, () -> postings.post(settlement));

		assertThat(ledger.balances(clearing.value())).isEqualTo(new Balances(10_000, 0, 0, 0));
		assertThat(ledger.balances(receivable.value())).isEqualTo(new Balances(0, 9_500, 0, 0));
		assertThat(ledger.balances(fees.value())).isEqualTo(new Balances(0, 500, 0, 0));
	}

	/**
	 * Requests that will wait for a group commit can take every pooled connection first (a burst of repayments
	 * did); the group's writer has connections of its own, so the group still commits and releases them.
	 */
	@Test
	void aChainIsPostedWhileRequestsHoldEveryPooledConnection() throws SQLException {
		List<Posting> settlement = List.of(
				new Posting(new TransferId(UUID.randomUUID()), clearing, receivable, Money.of(700, "EUR"), 1));
		List<Connection> held = new ArrayList<>();
		try {
			while (held.size() < pool.getMaximumPoolSize()) {
				held.add(pool.getConnection());
			}
			TenantContext.runAs(tenant, () -> postings.post(settlement));
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}

		assertThat(ledger.balances(receivable.value())).isEqualTo(new Balances(0, 700, 0, 0));
	}

	@Test
	void aRefusedTransferPostsNoneOfTheChain() {
		AccountId unknown = new AccountId(UUID.randomUUID());
		List<Posting> broken = List.of(
				new Posting(new TransferId(UUID.randomUUID()), clearing, receivable, Money.of(9_500, "EUR"), 1),
				new Posting(new TransferId(UUID.randomUUID()), clearing, unknown, Money.of(500, "EUR"), 2));

		assertThatThrownBy(() -> TenantContext.runAs(tenant, () -> postings.post(broken)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("account_not_found");

		assertThat(ledger.balances(receivable.value())).isEqualTo(Balances.ZERO);
	}

	@Test
	void anAccountOpenedAgainWithAnotherCodeIsRefused() {
		assertThatThrownBy(() -> TenantContext.runAs(tenant, () -> postings.open(List.of(new LedgerAccount(fees, EUR, 31)))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining(fees.toString());
	}
}
