package dev.plaza.sims.cardprocessor;

import java.util.Locale;
import java.util.Map;

/**
 * A charge as the processor keeps it.
 *
 * @param idempotencyKey the key it was created with, or null
 * @param created when, in Unix seconds
 */
record Charge(String id, long amount, String currency, String paymentMethod, Map<String, String> metadata, Status status,
		String failureCode, String declineCode, long amountRefunded, String idempotencyKey, long created) {

	Charge {
		metadata = Map.copyOf(metadata);
	}

	enum Status {

		SUCCEEDED, PENDING, FAILED;

		String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	Charge succeeded() {
		return new Charge(id, amount, currency, paymentMethod, metadata, Status.SUCCEEDED, null, null, amountRefunded,
				idempotencyKey, created);
	}

	Charge refunded(long more) {
		return new Charge(id, amount, currency, paymentMethod, metadata, status, failureCode, declineCode,
				amountRefunded + more, idempotencyKey, created);
	}

	long refundable() {
		return status == Status.SUCCEEDED ? amount - amountRefunded : 0;
	}
}
