package dev.plaza.ledger.domain;

/**
 * An account's four balances in minor units. Changes are checked: a balance that would pass
 * {@link Long#MAX_VALUE} is refused, never wrapped.
 */
public record Balances(long debitsPosted, long creditsPosted, long debitsPending, long creditsPending) {

	public static final Balances ZERO = new Balances(0, 0, 0, 0);

	Balances debit(long posted, long pending) {
		return new Balances(Math.addExact(debitsPosted, posted), creditsPosted, Math.addExact(debitsPending, pending),
				creditsPending);
	}

	Balances credit(long posted, long pending) {
		return new Balances(debitsPosted, Math.addExact(creditsPosted, posted), debitsPending,
				Math.addExact(creditsPending, pending));
	}
}
