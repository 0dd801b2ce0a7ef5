package dev.plaza.ledger;

import java.util.Currency;
import java.util.Objects;

/** An account another module needs: its id, currency and code (the account type, at least 1). */
public record LedgerAccount(AccountId id, Currency currency, int code) {

	public LedgerAccount {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(currency, "currency");
		if (code < 1) {
			throw new IllegalArgumentException("an account code is at least 1, not " + code);
		}
	}
}
