package dev.plaza.ledger.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.plaza.ledger.AccountId;
import dev.plaza.ledger.TransferId;
import dev.plaza.ledger.TransfersPosted;
import dev.plaza.ledger.domain.BatchOutcome;
import dev.plaza.ledger.domain.StoredTransfer;
import dev.plaza.ledger.domain.Transfer;
import dev.plaza.ledger.domain.TransferBatch;
import dev.plaza.ledger.domain.TransferResult;
import dev.plaza.platform.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a batch of transfers in one database transaction: lock the pending transfers it
 * resolves, then its accounts (each in id order, so concurrent batches queue instead of
 * deadlocking), decide every outcome in memory, and write the result with a handful of
 * statements.
 */
@Service
class TransferProcessor {

	private final LedgerStore store;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	TransferProcessor(LedgerStore store, TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.store = store;
		this.transactions = transactions;
		this.events = events;
	}

	List<TransferResult> submit(List<Transfer> batch) {
		try {
			return transactions.execute(status -> apply(batch));
		}
		catch (DuplicateKeyException concurrentRetry) {
			// A concurrent batch inserted one of these ids first; run again to answer "exists".
			return transactions.execute(status -> apply(batch));
		}
	}

	private List<TransferResult> apply(List<Transfer> batch) {
		Set<TransferId> pendingIds = new TreeSet<>();
		Set<TransferId> ids = new TreeSet<>();
		for (Transfer transfer : batch) {
			ids.add(transfer.id());
			if (transfer.pendingId() != null) {
				pendingIds.add(transfer.pendingId());
			}
		}
		Map<TransferId, StoredTransfer> pendings = store.findTransfers(pendingIds, true);
		Set<AccountId> accountIds = new TreeSet<>();
		for (Transfer transfer : batch) {
			// Posts and voids may leave their accounts out: they are the pending transfer's.
			if (transfer.debitAccount() != null) {
				accountIds.add(transfer.debitAccount());
			}
			if (transfer.creditAccount() != null) {
				accountIds.add(transfer.creditAccount());
			}
		}
		pendings.values().forEach(pending -> {
			accountIds.add(pending.transfer().debitAccount());
			accountIds.add(pending.transfer().creditAccount());
		});
		var accounts = store.lockAccounts(accountIds);
		var known = new java.util.HashMap<>(store.findTransfers(ids, false));
		known.putAll(pendings);
		Instant now = Instant.now();
		BatchOutcome outcome = TransferBatch.apply(batch, accounts, known, now);
		store.insertTransfers(outcome.created());
		store.updatePendingStatuses(outcome.resolvedPendings());
		store.updateBalances(outcome.balances());
		store.insertHistory(outcome.history());
		if (!outcome.created().isEmpty()) {
			List<TransferId> posted = new ArrayList<>(outcome.created().size());
			outcome.created().forEach(created -> posted.add(created.transfer().id()));
			events.publishEvent(new TransfersPosted(
					Objects.requireNonNull(TenantContext.current().orElse(null), "a tenant is bound"), posted, now));
		}
		return outcome.results();
	}
}
