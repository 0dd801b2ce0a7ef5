package dev.plaza.ledger.domain;

import java.util.Set;

import dev.plaza.ledger.AccountId;
import dev.plaza.ledger.TransferId;

/**
 * A transfer as requested. For {@code post_pending} and {@code void_pending} the accounts,
 * currency and code may be left out ({@code null}, 0): they are taken from the pending transfer;
 * an amount of 0 posts the full pending amount.
 */
public record Transfer(TransferId id, AccountId debitAccount, AccountId creditAccount, long amount, String currency,
		int code, Set<TransferFlag> flags, TransferId pendingId, long timeoutSeconds) {

	public Transfer {
		flags = Set.copyOf(flags);
	}

	public boolean has(TransferFlag flag) {
		return flags.contains(flag);
	}

	boolean resolvesPending() {
		return has(TransferFlag.POST_PENDING) || has(TransferFlag.VOID_PENDING);
	}
}
