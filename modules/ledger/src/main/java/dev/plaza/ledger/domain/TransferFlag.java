package dev.plaza.ledger.domain;

import java.util.Locale;

public enum TransferFlag {

	/** Succeeds or fails together with the next transfer of the batch. */
	LINKED,

	/** Reserves the amount (first phase): it moves to the pending balances. */
	PENDING,

	/** Posts a pending transfer, for its amount or less. */
	POST_PENDING,

	/** Releases a pending transfer's reservation. */
	VOID_PENDING;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public int bit() {
		return 1 << ordinal();
	}
}
