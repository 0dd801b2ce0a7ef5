package dev.plaza.ledger.application;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds one lane's queue. Past what the writer applies in about a second, a queued request only
 * waits longer than its caller will — and is applied anyway after the caller gave up — so it is
 * refused at once instead, and the caller retries later with the same transfer ids. A request
 * meeting an empty queue is always admitted, however large its batch.
 */
final class Admission {

	private final int maxRequests;

	private final int maxTransfers;

	private final AtomicInteger requests = new AtomicInteger();

	private final AtomicInteger transfers = new AtomicInteger();

	Admission(int maxRequests, int maxTransfers) {
		this.maxRequests = maxRequests;
		this.maxTransfers = maxTransfers;
	}

	/** Counts the request in, or answers false (and counts nothing) if the queue is full. */
	boolean admit(int batch) {
		int queuedRequests = requests.incrementAndGet();
		int queuedTransfers = transfers.addAndGet(batch);
		if (queuedRequests > 1 && (queuedRequests > maxRequests || queuedTransfers > maxTransfers)) {
			taken(1, batch);
			return false;
		}
		return true;
	}

	/** Counts requests out once the writer has taken them. */
	void taken(int takenRequests, int takenTransfers) {
		requests.addAndGet(-takenRequests);
		transfers.addAndGet(-takenTransfers);
	}

	int queuedRequests() {
		return requests.get();
	}
}
