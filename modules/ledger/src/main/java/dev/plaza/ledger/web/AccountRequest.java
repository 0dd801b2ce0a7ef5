package dev.plaza.ledger.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.plaza.ledger.AccountId;
import dev.plaza.ledger.domain.Account;
import dev.plaza.ledger.domain.AccountFlag;
import dev.plaza.ledger.domain.Balances;
import dev.plaza.ledger.domain.Flags;
import dev.plaza.ledger.persistence.StoredAccount;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Ids;
import tools.jackson.databind.JsonNode;

/** An account as a client asks for it; {@code id} may be left out for the server to choose. */
record AccountRequest(UUID id, String currency, Integer code, List<String> flags, JsonNode metadata) {

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	/** Adds one error per invalid field to {@code errors}, each field prefixed with {@code path}. */
	void validate(String path, List<FieldError> errors) {
		if (currency == null || !CURRENCY.matcher(currency).matches()) {
			errors.add(new FieldError(path + "currency", "must be an ISO 4217 code of three capital letters, such as EUR"));
		}
		if (code == null || code < 1) {
			errors.add(new FieldError(path + "code", "must be a whole number of at least 1 naming the account type"));
		}
		List<String> unknown = new ArrayList<>();
		for (String flag : flags == null ? List.<String>of() : flags) {
			if (Flags.accountFlag(flag).isEmpty()) {
				unknown.add(flag);
			}
		}
		if (!unknown.isEmpty()) {
			errors.add(new FieldError(path + "flags", "has unknown flags " + unknown + "; known are debits_must_not_exceed_credits, "
					+ "credits_must_not_exceed_debits and history"));
		}
		else if (accountFlags().containsAll(EnumSet.of(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS,
				AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS))) {
			errors.add(new FieldError(path + "flags", "cannot hold both debits_must_not_exceed_credits and credits_must_not_exceed_debits"));
		}
		if (metadata != null && !metadata.isNull() && !metadata.isObject()) {
			errors.add(new FieldError(path + "metadata", "must be a JSON object"));
		}
	}

	StoredAccount toAccount() {
		String json = metadata == null || metadata.isNull() ? null : metadata.toString();
		return new StoredAccount(new Account(new AccountId(id == null ? Ids.newId() : id), currency, code, accountFlags(),
				Balances.ZERO), json, null);
	}

	private Set<AccountFlag> accountFlags() {
		Set<AccountFlag> set = EnumSet.noneOf(AccountFlag.class);
		if (flags != null) {
			flags.forEach(flag -> Flags.accountFlag(flag).ifPresent(set::add));
		}
		return set;
	}
}
