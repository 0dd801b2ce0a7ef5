package dev.plaza.platform.idempotency;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records, inside a keyed request's first committed business transaction, that the request took
 * effect. The response is stored only after that commit; should the instance die in between, the
 * mark is what stops the key's next holder from doing the work a second time.
 *
 * <p>Only work in Plaza's own database is covered: a call to another service or a message sent
 * before the commit is that service's or that consumer's to deduplicate.
 */
@Component
class EffectMarks implements TransactionExecutionListener {

	private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

	private final IdempotencyRecords records;

	EffectMarks(IdempotencyRecords records) {
		this.records = records;
	}

	/** Watches the transactions this thread begins, until the returned watch is closed. */
	Watch watch(String key) {
		PENDING.set(new Pending(key));
		return PENDING::remove;
	}

	@Override
	public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
		Pending pending = PENDING.get();
		if (pending == null || pending.marked || beginFailure != null || !transaction.isNewTransaction()
				|| transaction.isReadOnly()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				records.markEffected(pending.key);
			}

			@Override
			public void afterCommit() {
				pending.marked = true;
			}
		});
	}

	/** The request's key, and whether one of its transactions has already committed the mark. */
	private static final class Pending {

		private final String key;

		private boolean marked;

		private Pending(String key) {
			this.key = key;
		}
	}

	@FunctionalInterface
	interface Watch extends AutoCloseable {

		@Override
		void close();
	}
}
