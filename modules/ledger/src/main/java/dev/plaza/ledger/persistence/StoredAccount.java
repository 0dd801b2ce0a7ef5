package dev.plaza.ledger.persistence;

import java.time.Instant;

import dev.plaza.ledger.domain.Account;

/** An account with what the ledger keeps beside its rules: free-form metadata (JSON text) and creation time. */
public record StoredAccount(Account account, String metadata, Instant createdAt) {
}
