package dev.plaza.ledger.domain;

import java.time.Instant;

import dev.plaza.ledger.AccountId;
import dev.plaza.ledger.TransferId;

/** An account's balances right after one transfer, kept for accounts with {@link AccountFlag#HISTORY}. */
public record HistoryEntry(AccountId account, TransferId transfer, Instant timestamp, Balances balances) {
}
