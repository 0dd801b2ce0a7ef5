package dev.plaza.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.plaza.ledger.application.Accounts;
import dev.plaza.ledger.domain.Account;
import dev.plaza.ledger.domain.AccountFlag;
import dev.plaza.ledger.domain.Balances;
import dev.plaza.ledger.persistence.StoredAccount;
import dev.plaza.platform.Money;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The ledger on its own, as orders and lending use it: {@link Postings} on a real PostgreSQL, with no
 * other business module started. Module tests share one test instance, so each test opens a tenant
 * and accounts of its own.
 */
@ApplicationModuleTest
class LedgerModuleTest {

	private static final Currency EUR = Currency.getInstance("EUR");

	@Autowired
	Postings postings;

	@Autowired
	Accounts accounts;

	@Test
	void aSettlementIsPostedOnceHoweverOftenItIsSent() {
		Shop shop = new Shop();
		TenantContext.runAs(shop.tenant, () -> {
			postings.open(List.of(account(shop.customer), account(shop.receivable), account(shop.fees)));
			List<Posting> settlement = shop.settlement(1000, 30);

			postings.post(settlement);
			postings.post(settlement);

			assertThat(balances(shop.customer)).isEqualTo(new Balances(1000, 0, 0, 0));
			assertThat(balances(shop.receivable)).isEqualTo(new Balances(30, 1000, 0, 0));
			assertThat(balances(shop.fees)).isEqualTo(new Balances(0, 30, 0, 0));
		});
	}

	@Test
	void aChainWithOneRefusedTransferMovesNothing() {
		Shop shop = new Shop();
		TenantContext.runAs(shop.tenant, () -> {
			postings.open(List.of(account(shop.customer), account(shop.fees)));
			accounts.open(List.of(new StoredAccount(new Account(shop.receivable, "EUR", 1,
					Set.of(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS), Balances.ZERO), null, null)));

			// The fee is more than the receivable holds, which its rule forbids: the payment is not posted either.
			assertThatIllegalStateException().isThrownBy(() -> postings.post(shop.settlement(1000, 1001)))
				.withMessageContaining("exceeds_credits");

			assertThat(balances(shop.customer)).isEqualTo(Balances.ZERO);
			assertThat(balances(shop.receivable)).isEqualTo(Balances.ZERO);
		});
	}

	@Test
	void anAccountOpenedAgainWithAnotherCurrencyIsRefused() {
		Shop shop = new Shop();
		TenantContext.runAs(shop.tenant, () -> {
			postings.open(List.of(account(shop.customer)));

			assertThatIllegalStateException()
				.isThrownBy(() -> postings.open(List.of(new LedgerAccount(shop.customer, Currency.getInstance("USD"), 1))))
				.withMessageContaining(shop.customer.toString());
		});
	}

	@Test
	void anotherTenantDoesNotSeeTheAccounts() {
		Shop shop = new Shop();
		TenantContext.runAs(shop.tenant, () -> postings.open(List.of(account(shop.customer))));

		TenantContext.runAs(TenantId.of(UUID.randomUUID().toString()),
				() -> assertThatThrownBy(() -> accounts.find(shop.customer)).isInstanceOf(Problem.class)
					.hasMessage("No account with id " + shop.customer + " exists."));
	}

	private Balances balances(AccountId account) {
		return accounts.find(account).account().balances();
	}

	private static LedgerAccount account(AccountId id) {
		return new LedgerAccount(id, EUR, 1);
	}

	/** A tenant with the three accounts a sale settles on. */
	private static final class Shop {

		final TenantId tenant = TenantId.of(UUID.randomUUID().toString());

		final AccountId customer = new AccountId(UUID.randomUUID());

		final AccountId receivable = new AccountId(UUID.randomUUID());

		final AccountId fees = new AccountId(UUID.randomUUID());

		List<Posting> settlement(long paid, long fee) {
			return List.of(new Posting(new TransferId(UUID.randomUUID()), customer, receivable, new Money(paid, EUR), 1),
					new Posting(new TransferId(UUID.randomUUID()), receivable, fees, new Money(fee, EUR), 2));
		}
	}
}
