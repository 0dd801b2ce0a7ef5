package dev.plaza.ledger.domain;

import java.util.Set;

import dev.plaza.ledger.AccountId;

/**
 * An account of a tenant's ledger, in one currency. {@code code} is the account type the tenant
 * chose (say 1 = customer wallet, 2 = fees).
 */
public record Account(AccountId id, String currency, int code, Set<AccountFlag> flags, Balances balances) {

	public Account {
		flags = Set.copyOf(flags);
	}

	public boolean has(AccountFlag flag) {
		return flags.contains(flag);
	}
}
