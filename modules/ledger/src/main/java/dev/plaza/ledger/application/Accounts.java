package dev.plaza.ledger.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.plaza.ledger.AccountId;
import dev.plaza.ledger.domain.Account;
import dev.plaza.ledger.domain.AccountFlag;
import dev.plaza.ledger.domain.HistoryEntry;
import dev.plaza.ledger.domain.StoredTransfer;
import dev.plaza.ledger.persistence.LedgerRepository;
import dev.plaza.ledger.persistence.Page;
import dev.plaza.ledger.persistence.StoredAccount;
import dev.plaza.platform.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Opens accounts, idempotently by id, and reads them. */
@Service
public class Accounts {

	private final LedgerRepository store;

	private final JsonMapper json;

	Accounts(LedgerRepository store, JsonMapper json) {
		this.store = store;
		this.json = json;
	}

	/** Opens the accounts in one transaction; an id already taken answers whether it asked for the same account. */
	@Transactional
	public List<Opened> open(List<StoredAccount> requested) {
		List<Opened> opened = new ArrayList<>(requested.size());
		for (StoredAccount account : requested) {
			if (store.insertAccount(account)) {
				opened.add(new Opened(Opened.Result.OK, store.findAccount(account.account().id()).orElseThrow()));
				continue;
			}
			StoredAccount existing = store.findAccount(account.account().id()).orElseThrow();
			opened.add(new Opened(sameRules(existing, account) ? Opened.Result.EXISTS
					: Opened.Result.EXISTS_WITH_DIFFERENT_FIELDS, existing));
		}
		return opened;
	}

	@Transactional(readOnly = true)
	public StoredAccount find(AccountId id) {
		return store.findAccount(id).orElseThrow(() -> Problem.notFound("account", id));
	}

	@Transactional(readOnly = true)
	public List<StoredTransfer> transfersOf(AccountId id, Page page) {
		return store.transfersOf(find(id).account().id(), page);
	}

	/** The account's balance history, for accounts that keep one. */
	@Transactional(readOnly = true)
	public List<HistoryEntry> historyOf(AccountId id, Page page) {
		StoredAccount account = find(id);
		if (!account.account().has(AccountFlag.HISTORY)) {
			throw new Problem(LedgerProblems.HISTORY_NOT_KEPT,
					"Account " + id + " keeps no balance history: only accounts opened with the 'history' flag do.");
		}
		return store.historyOf(id, page);
	}

	private boolean sameRules(StoredAccount existing, StoredAccount requested) {
		Account a = existing.account();
		Account b = requested.account();
		return a.currency().equals(b.currency()) && a.code() == b.code() && a.flags().equals(b.flags())
				&& Objects.equals(normalized(existing.metadata()), normalized(requested.metadata()));
	}

	private Object normalized(String metadata) {
		return metadata == null ? null : json.readTree(metadata);
	}

	public record Opened(Result result, StoredAccount account) {

		public enum Result {
			OK, EXISTS, EXISTS_WITH_DIFFERENT_FIELDS;

			public String code() {
				return name().toLowerCase(Locale.ROOT);
			}
		}
	}
}
