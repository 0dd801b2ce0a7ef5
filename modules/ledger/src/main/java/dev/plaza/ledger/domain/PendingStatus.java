package dev.plaza.ledger.domain;

import java.util.Locale;

/** Where a pending transfer's reservation stands. */
public enum PendingStatus {

	PENDING, POSTED, VOIDED, EXPIRED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
