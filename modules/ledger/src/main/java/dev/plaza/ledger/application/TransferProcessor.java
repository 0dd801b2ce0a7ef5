package dev.plaza.ledger.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import dev.plaza.ledger.persistence.LedgerRepository;
import dev.plaza.platform.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a group of requests' transfers in one database transaction: lock the pending transfers
 * they resolve, then their accounts (each in id order, so that other writers — another instance,
 * the expiry job — queue instead of deadlocking), decide every outcome in memory, and write the
 * result with a handful of statements, each account's balances once however many transfers
 * moved them.
 */
@Service
class TransferProcessor {

	private final LedgerRepository store;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	TransferProcessor(LedgerRepository store, TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.store = store;
		this.transactions = transactions;
		this.events = events;
	}

	/** Answers each request's results, in the order of the requests. */
	List<List<TransferResult>> apply(List<List<Transfer>> requests) {
		List<TransferResult> results;
		try {
			results = transactions.execute(status -> applyInTransaction(requests));
		}
		catch (DuplicateKeyException concurrentRetry) {
			// Another instance inserted one of these ids first; run again to answer "exists".
			results = transactions.execute(status -> applyInTransaction(requests));
		}
		List<List<TransferResult>> perRequest = new ArrayList<>(requests.size());
		int start = 0;
		for (List<Transfer> request : requests) {
			perRequest.add(results.subList(start, start + request.size()));
			start += request.size();
		}
		return perRequest;
	}

	private List<TransferResult> applyInTransaction(List<List<Transfer>> requests) {
		List<Transfer> batch = requests.stream().flatMap(List::stream).toList();
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
		var known = new HashMap<>(store.findTransfers(ids, false));
		known.putAll(pendings);
		Instant now = Instant.now();
		BatchOutcome outcome = TransferBatch.applyGroup(requests, accounts, known, now);
		store.insertTransfers(outcome.created());
		store.updatePendingStatuses(outcome.resolvedPendings());
		store.updateBalances(outcome.balances());
		store.insertHistory(outcome.history());
		if (!outcome.created().isEmpty()) {
			List<TransferId> posted = new ArrayList<>(outcome.created().size());
			outcome.created().forEach(created -> posted.add(created.transfer().id()));
			events.publishEvent(new TransfersPosted(
					TenantContext.current().orElseThrow(), posted, now));
		}
		return outcome.results();
	}
}
