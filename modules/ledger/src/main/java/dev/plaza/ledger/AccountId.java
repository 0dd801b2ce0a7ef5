package dev.plaza.ledger;

import java.util.Objects;
import java.util.UUID;

public record AccountId(UUID value) implements Comparable<AccountId> {

	public AccountId {
		Objects.requireNonNull(value, "account id");
	}

	@Override
	public int compareTo(AccountId other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
