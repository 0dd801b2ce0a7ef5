package dev.plaza.ledger.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.plaza.ledger.AccountId;
import dev.plaza.ledger.TransferId;
import dev.plaza.ledger.domain.Flags;
import dev.plaza.ledger.domain.Transfer;
import dev.plaza.ledger.domain.TransferFlag;
import dev.plaza.platform.FieldError;

/**
 * A transfer as a client sends it. Only its shape is checked here (ids, flag names); the ledger's
 * rules answer per transfer.
 */
record TransferRequest(UUID id, UUID debitAccountId, UUID creditAccountId, Long amount, String currency, Integer code,
		List<String> flags, UUID pendingId, Long timeoutSeconds) {

	void validate(String path, List<FieldError> errors) {
		if (id == null) {
			errors.add(new FieldError(path + "id", "is required: a UUID you choose, which makes retries safe"));
		}
		List<String> unknown = new ArrayList<>();
		for (String flag : flags == null ? List.<String>of() : flags) {
			if (Flags.transferFlag(flag).isEmpty()) {
				unknown.add(flag);
			}
		}
		if (!unknown.isEmpty()) {
			errors.add(new FieldError(path + "flags",
					"has unknown flags " + unknown + "; known are linked, pending, post_pending and void_pending"));
		}
	}

	Transfer toTransfer() {
		Set<TransferFlag> set = EnumSet.noneOf(TransferFlag.class);
		if (flags != null) {
			flags.forEach(flag -> Flags.transferFlag(flag).ifPresent(set::add));
		}
		return new Transfer(new TransferId(id), debitAccountId == null ? null : new AccountId(debitAccountId),
				creditAccountId == null ? null : new AccountId(creditAccountId), amount == null ? 0 : amount, currency,
				code == null ? 0 : code, set, pendingId == null ? null : new TransferId(pendingId),
				timeoutSeconds == null ? 0 : timeoutSeconds);
	}
}
