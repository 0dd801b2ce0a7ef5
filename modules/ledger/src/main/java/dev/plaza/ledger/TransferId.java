package dev.plaza.ledger;

import java.util.Objects;
import java.util.UUID;

/** A transfer's id, chosen by the client: it is also the transfer's idempotency key. */
public record TransferId(UUID value) implements Comparable<TransferId> {

	public TransferId {
		Objects.requireNonNull(value, "transfer id");
	}

	@Override
	public int compareTo(TransferId other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
