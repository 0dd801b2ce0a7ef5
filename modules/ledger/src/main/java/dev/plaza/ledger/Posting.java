package dev.plaza.ledger;

import java.util.Objects;

import dev.plaza.platform.Money;

/** One transfer of an amount from the debit account to the credit account; {@code code} says why (at least 1). */
public record Posting(TransferId id, AccountId debit, AccountId credit, Money amount, int code) {

	public Posting {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(debit, "debit");
		Objects.requireNonNull(credit, "credit");
		Objects.requireNonNull(amount, "amount");
		if (code < 1) {
			throw new IllegalArgumentException("a transfer code is at least 1, not " + code);
		}
	}
}
