package dev.plaza.ledger.domain;

import java.util.Locale;

/** Rules an account's owner chose for it. */
public enum AccountFlag {

	/** The account may never owe more than it holds: debits (posted and pending) ≤ posted credits. */
	DEBITS_MUST_NOT_EXCEED_CREDITS,

	/** The mirror rule, for accounts that hold what others owe: credits ≤ posted debits. */
	CREDITS_MUST_NOT_EXCEED_DEBITS,

	/** Keep the account's balances after every transfer, for statements. */
	HISTORY;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public int bit() {
		return 1 << ordinal();
	}
}
