package dev.plaza.ledger.domain;

import java.util.List;
import java.util.Map;

import dev.plaza.ledger.AccountId;
import dev.plaza.ledger.TransferId;

/**
 * What applying a batch decided: a result per requested transfer, in request order, and the
 * changes to write — new transfers, status changes of earlier pending transfers, the final
 * balances of every account that moved, and history entries.
 */
public record BatchOutcome(List<TransferResult> results, List<StoredTransfer> created,
		Map<TransferId, PendingStatus> resolvedPendings, Map<AccountId, Balances> balances, List<HistoryEntry> history) {
}
