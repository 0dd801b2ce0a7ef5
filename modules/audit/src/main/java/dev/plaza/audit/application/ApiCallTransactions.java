package dev.plaza.audit.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
		List<ApiCall> calls = new ArrayList<>();
		ApiCall served = ApiCall.current();
		if (served != null && served.inHandler()) {
			calls.add(served);
		}
		calls.addAll(ApiCall.carried());
		recordWithTransaction(calls);
	}

	private void recordWithTransaction(List<ApiCall> calls) {
		// Row-level security lets a transaction append only to the chain of the tenant it was begun for.
		Optional<TenantId> tenant = TenantContext.current();
		if (tenant.isEmpty() || calls.stream().allMatch(call -> call.committedStatus() != null)) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			private final Map<ApiCall, Integer> written = new LinkedHashMap<>();

			@Override
			public void beforeCommit(boolean readOnly) {
				List<ApiCall> unrecorded = calls.stream().filter(call -> call.committedStatus() == null).toList();
				List<Occurrence> occurrences = unrecorded.stream().map(call -> call.occurrence(call.successStatus())).toList();
				if (!audit.appendIfChanged(tenant.get(), occurrences).isEmpty()) {
					unrecorded.forEach(call -> written.put(call, call.successStatus()));
				}
			}

			@Override
			public void afterCommit() {
				written.forEach(ApiCall::committed);
			}
		});
	}
}
