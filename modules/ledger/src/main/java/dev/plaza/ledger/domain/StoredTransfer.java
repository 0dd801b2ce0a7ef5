package dev.plaza.ledger.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A transfer the ledger applied, with what was taken from its pending transfer filled in, its
 * server timestamp, and — for pending transfers — its expiry and status.
 */
public record StoredTransfer(Transfer transfer, Instant timestamp, Instant expiresAt, PendingStatus status) {

	boolean expiredAt(Instant now) {
		return status == PendingStatus.EXPIRED || (expiresAt != null && !now.isBefore(expiresAt));
	}

	StoredTransfer withStatus(PendingStatus newStatus) {
		return new StoredTransfer(transfer, timestamp, expiresAt, newStatus);
	}

	/**
	 * Whether a request with this transfer's id asks for the same thing, so that it is a retry.
	 * Fields a post or void may leave out match whatever was taken from the pending transfer.
	 */
	boolean sameAs(Transfer request) {
		Transfer stored = transfer;
		boolean optional = request.resolvesPending();
		return stored.flags().equals(request.flags())
				&& Objects.equals(stored.pendingId(), request.pendingId())
				&& stored.timeoutSeconds() == request.timeoutSeconds()
				&& matches(stored.debitAccount(), request.debitAccount(), optional)
				&& matches(stored.creditAccount(), request.creditAccount(), optional)
				&& matches(stored.currency(), request.currency(), optional)
				&& (stored.code() == request.code() || (optional && request.code() == 0))
				&& (stored.amount() == request.amount() || (optional && request.amount() == 0));
	}

	private static boolean matches(Object stored, Object requested, boolean optional) {
		return Objects.equals(stored, requested) || (optional && requested == null);
	}
}
