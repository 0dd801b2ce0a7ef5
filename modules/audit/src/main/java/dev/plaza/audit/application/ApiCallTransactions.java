package dev.plaza.audit.application;

import java.util.Optional;

import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes an API call's entry into the first of its handler's transactions to commit a change, just before
 * it commits: the entry and the change it records commit together or not at all, at the cost of one more
 * insert in a transaction that was happening anyway. Should the entry fail to be written, the transaction
 * fails. A transaction that changed nothing (it found nothing to delete, say) records nothing: the call's
 * answer is recorded once it is given.
 */
@Component
class ApiCallTransactions implements TransactionExecutionListener {

	private final AuditChains audit;

	ApiCallTransactions(AuditChains audit) {
		this.audit = audit;
	}

	@Override
	public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
		if (beginFailure != null || !transaction.isNewTransaction() || transaction.isReadOnly()) {
			return;
		}
		ApiCall served = ApiCall.current();
		if (served != null && served.inHandler()) {
			recordWithTransaction(served);
		}
		ApiCall.carried().forEach(this::recordWithTransaction);
	}

	private void recordWithTransaction(ApiCall call) {
		// Row-level security lets a transaction append only to the chain of the tenant it was begun for.
		Optional<TenantId> tenant = TenantContext.current();
		if (call.committedStatus() != null || tenant.isEmpty()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			private Integer written;

			@Override
			public void beforeCommit(boolean readOnly) {
				int status = call.successStatus();
				if (call.committedStatus() == null && audit.appendIfChanged(tenant.get(), call.occurrence(status)).isPresent()) {
					written = status;
				}
			}

			@Override
			public void afterCommit() {
				if (written != null) {
					call.committed(written);
				}
			}
		});
	}
}
