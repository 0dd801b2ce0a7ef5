package dev.plaza.orders;

import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.plaza.ledger.AccountId;
import dev.plaza.ledger.LedgerAccount;
import dev.plaza.platform.TenantId;

/**
 * The ledger accounts a tenant's sales settle in, per currency: the processor's clearing account
 * (code 1), the tenant's receivable (code 2) and the platform's fees (code 3). Their ids are derived
 * from tenant, role and currency, so whoever opens them first — the first payment, or onboarding
 * before any sale — opens the same accounts, and opening them again changes nothing.
 */
public final class SettlementAccounts {

	/** What each account holds. */
	public enum Role {

		CLEARING(1), RECEIVABLE(2), FEES(3);

		private final int code;

		Role(int code) {
			this.code = code;
		}

		public int code() {
			return code;
		}
	}

	private SettlementAccounts() {
	}

	public static AccountId account(TenantId tenant, Role role, Currency currency) {
		String name = "plaza.orders.account:" + tenant + ":" + role.name().toLowerCase(Locale.ROOT) + ":"
				+ currency.getCurrencyCode();
		return new AccountId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
	}

	/** The tenant's three accounts in the currency, to open. */
	public static List<LedgerAccount> of(TenantId tenant, Currency currency) {
		return List.of(Role.values())
			.stream()
			.map(role -> new LedgerAccount(account(tenant, role, currency), currency, role.code()))
			.toList();
	}
}
