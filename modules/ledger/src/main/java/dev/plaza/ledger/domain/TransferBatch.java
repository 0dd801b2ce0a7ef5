package dev.plaza.ledger.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plaza.ledger.AccountId;
import dev.plaza.ledger.TransferId;

/**
 * Applies a batch of transfers in memory, in order, against locked accounts: the double-entry
 * rules, balance limits, two-phase transfers and linked chains. A chain (transfers flagged
 * {@code linked} up to the first that is not) applies as a whole or not at all; transfers outside
 * a failing chain are unaffected.
 *
 * <p>Every applied transfer gets a distinct server timestamp, one microsecond after the previous.
 */
public final class TransferBatch {

	private final Map<AccountId, Account> accounts;

	private final Map<AccountId, Balances> balances = new HashMap<>();

	private final Map<TransferId, StoredTransfer> known;

	private final Map<TransferId, StoredTransfer> transfers;

	private final Map<TransferId, StoredTransfer> created = new LinkedHashMap<>();

	private final List<HistoryEntry> history = new ArrayList<>();

	private Instant clock;

	private TransferBatch(Map<AccountId, Account> accounts, Map<TransferId, StoredTransfer> known, Instant now) {
		this.accounts = accounts;
		this.known = known;
		this.transfers = new HashMap<>(known);
		this.clock = now.truncatedTo(ChronoUnit.MICROS);
		accounts.forEach((id, account) -> balances.put(id, account.balances()));
	}

	/**
	 * Applies one request's transfers.
	 * @param accounts every account the batch names, as currently stored (and locked)
	 * @param known stored transfers with the requested ids and every pending transfer referenced
	 * @param now the server time the batch is applied at
	 */
	public static BatchOutcome apply(List<Transfer> transfers, Map<AccountId, Account> accounts,
			Map<TransferId, StoredTransfer> known, Instant now) {
		return applyGroup(List.of(transfers), accounts, known, now);
	}

	/**
	 * Applies several requests' transfers one request after the other, as if each had come alone:
	 * a linked chain never reaches past the end of its request. The results come in the same
	 * order, all requests' results in one list.
	 */
	public static BatchOutcome applyGroup(List<List<Transfer>> requests, Map<AccountId, Account> accounts,
			Map<TransferId, StoredTransfer> known, Instant now) {
		return new TransferBatch(accounts, known, now).applyAll(requests);
	}

	private BatchOutcome applyAll(List<List<Transfer>> requests) {
		List<Transfer> all = requests.stream().flatMap(List::stream).toList();
		TransferResult[] results = new TransferResult[all.size()];
		int requestStart = 0;
		for (List<Transfer> request : requests) {
			int requestEnd = requestStart + request.size() - 1;
			int start = requestStart;
			while (start <= requestEnd) {
				int end = start;
				while (end < requestEnd && all.get(end).has(TransferFlag.LINKED)) {
					end++;
				}
				applyChain(all, start, end, results);
				start = end + 1;
			}
			requestStart = requestEnd + 1;
		}
		Map<TransferId, PendingStatus> resolved = new LinkedHashMap<>();
		known.forEach((id, before) -> {
			PendingStatus after = transfers.get(id).status();
			if (after != before.status()) {
				resolved.put(id, after);
			}
		});
		List<StoredTransfer> newTransfers = created.keySet().stream().map(transfers::get).toList();
		Map<AccountId, Balances> changed = new LinkedHashMap<>();
		balances.forEach((id, after) -> {
			if (!after.equals(accounts.get(id).balances())) {
				changed.put(id, after);
			}
		});
		return new BatchOutcome(Arrays.asList(results), newTransfers, resolved, changed, List.copyOf(history));
	}

	private void applyChain(List<Transfer> requests, int start, int end, TransferResult[] results) {
		boolean open = requests.get(end).has(TransferFlag.LINKED);
		Savepoint savepoint = new Savepoint();
		int failed = -1;
		for (int i = start; i <= end && failed < 0; i++) {
			results[i] = applyOne(requests.get(i), savepoint);
			// A retried chain answers "exists" for each transfer: that is no failure.
			if (!results[i].applied() && results[i] != TransferResult.EXISTS) {
				failed = i;
			}
		}
		if (open) {
			savepoint.rollback();
			Arrays.fill(results, start, end + 1, TransferResult.LINKED_EVENT_CHAIN_OPEN);
		}
		else if (failed >= 0 && start < end) {
			savepoint.rollback();
			for (int i = start; i <= end; i++) {
				if (i != failed) {
					results[i] = TransferResult.LINKED_EVENT_FAILED;
				}
			}
		}
	}

	private TransferResult applyOne(Transfer request, Savepoint savepoint) {
		TransferResult invalid = Rules.checkShape(request);
		if (invalid != null) {
			return invalid;
		}
		StoredTransfer existing = transfers.get(request.id());
		if (existing != null) {
			return existing.sameAs(request) ? TransferResult.EXISTS : TransferResult.EXISTS_WITH_DIFFERENT_FIELDS;
		}
		return request.resolvesPending() ? resolvePending(request, savepoint) : transfer(request, savepoint);
	}

	private TransferResult transfer(Transfer request, Savepoint savepoint) {
		Account debit = accounts.get(request.debitAccount());
		Account credit = accounts.get(request.creditAccount());
		if (debit == null || credit == null) {
			return TransferResult.ACCOUNT_NOT_FOUND;
		}
		if (!request.currency().equals(debit.currency()) || !request.currency().equals(credit.currency())) {
			return TransferResult.CURRENCIES_MUST_MATCH;
		}
		boolean pending = request.has(TransferFlag.PENDING);
		TransferResult overflow = Rules.checkOverflow(balances.get(debit.id()), balances.get(credit.id()), request.amount(),
				pending);
		if (overflow != null) {
			return overflow;
		}
		Balances debitAfter = balances.get(debit.id()).debit(pending ? 0 : request.amount(), pending ? request.amount() : 0);
		Balances creditAfter = balances.get(credit.id()).credit(pending ? 0 : request.amount(), pending ? request.amount() : 0);
		TransferResult limit = Rules.checkLimits(debit, debitAfter, credit, creditAfter);
		if (limit != null) {
			return limit;
		}
		Instant timestamp = tick();
		Instant expiresAt = pending && request.timeoutSeconds() > 0 ? timestamp.plusSeconds(request.timeoutSeconds()) : null;
		record(savepoint, new StoredTransfer(request, timestamp, expiresAt, pending ? PendingStatus.PENDING : null),
				debit, debitAfter, credit, creditAfter);
		return TransferResult.OK;
	}

	private TransferResult resolvePending(Transfer request, Savepoint savepoint) {
		StoredTransfer pending = transfers.get(request.pendingId());
		if (pending == null) {
			return TransferResult.PENDING_TRANSFER_NOT_FOUND;
		}
		Transfer reserved = pending.transfer();
		if (!reserved.has(TransferFlag.PENDING)) {
			return TransferResult.PENDING_TRANSFER_NOT_PENDING;
		}
		if (request.debitAccount() != null && !request.debitAccount().equals(reserved.debitAccount())
				|| request.creditAccount() != null && !request.creditAccount().equals(reserved.creditAccount())) {
			return TransferResult.PENDING_TRANSFER_HAS_DIFFERENT_ACCOUNTS;
		}
		if (request.currency() != null && !request.currency().equals(reserved.currency())) {
			return TransferResult.CURRENCIES_MUST_MATCH;
		}
		if (pending.status() == PendingStatus.POSTED) {
			return TransferResult.PENDING_TRANSFER_ALREADY_POSTED;
		}
		if (pending.status() == PendingStatus.VOIDED) {
			return TransferResult.PENDING_TRANSFER_ALREADY_VOIDED;
		}
		if (pending.expiredAt(clock)) {
			return TransferResult.PENDING_TRANSFER_EXPIRED;
		}
		boolean post = request.has(TransferFlag.POST_PENDING);
		long amount = request.amount() == 0 ? reserved.amount() : request.amount();
		if (amount > reserved.amount() || (!post && amount != reserved.amount())) {
			return TransferResult.EXCEEDS_PENDING_TRANSFER_AMOUNT;
		}
		Account debit = accounts.get(reserved.debitAccount());
		Account credit = accounts.get(reserved.creditAccount());
		long posted = post ? amount : 0;
		Balances debitAfter;
		Balances creditAfter;
		// checkOverflow keeps every pending transfer postable; these catch ones stored before it did.
		try {
			debitAfter = balances.get(debit.id()).debit(posted, -reserved.amount());
		}
		catch (ArithmeticException overflow) {
			return TransferResult.OVERFLOWS_DEBITS;
		}
		try {
			creditAfter = balances.get(credit.id()).credit(posted, -reserved.amount());
		}
		catch (ArithmeticException overflow) {
			return TransferResult.OVERFLOWS_CREDITS;
		}
		Transfer applied = new Transfer(request.id(), reserved.debitAccount(), reserved.creditAccount(), amount,
				reserved.currency(), request.code() == 0 ? reserved.code() : request.code(), request.flags(),
				request.pendingId(), 0);
		savepoint.remember(pending);
		transfers.put(pending.transfer().id(), pending.withStatus(post ? PendingStatus.POSTED : PendingStatus.VOIDED));
		record(savepoint, new StoredTransfer(applied, tick(), null, null), debit, debitAfter, credit, creditAfter);
		return TransferResult.OK;
	}

	private void record(Savepoint savepoint, StoredTransfer transfer, Account debit, Balances debitAfter, Account credit,
			Balances creditAfter) {
		savepoint.remember(debit.id());
		savepoint.remember(credit.id());
		balances.put(debit.id(), debitAfter);
		balances.put(credit.id(), creditAfter);
		transfers.put(transfer.transfer().id(), transfer);
		created.put(transfer.transfer().id(), transfer);
		for (Account account : List.of(debit, credit)) {
			if (account.has(AccountFlag.HISTORY)) {
				history.add(new HistoryEntry(account.id(), transfer.transfer().id(), transfer.timestamp(),
						balances.get(account.id())));
			}
		}
	}

	private Instant tick() {
		clock = clock.plus(1, ChronoUnit.MICROS);
		return clock;
	}

	/** What a chain changed, so that a failing chain can be taken back. */
	private final class Savepoint {

		private final Map<AccountId, Balances> balancesBefore = new HashMap<>();

		private final Map<TransferId, StoredTransfer> pendingsBefore = new HashMap<>();

		private final int createdBefore = created.size();

		private final int historyBefore = history.size();

		void remember(AccountId account) {
			balancesBefore.putIfAbsent(account, balances.get(account));
		}

		void remember(StoredTransfer pending) {
			pendingsBefore.putIfAbsent(pending.transfer().id(), pending);
		}

		void rollback() {
			balances.putAll(balancesBefore);
			List<TransferId> undone = new ArrayList<>(created.keySet()).subList(createdBefore, created.size());
			for (TransferId id : List.copyOf(undone)) {
				created.remove(id);
				transfers.remove(id);
			}
			transfers.putAll(pendingsBefore);
			history.subList(historyBefore, history.size()).clear();
		}
	}
}
