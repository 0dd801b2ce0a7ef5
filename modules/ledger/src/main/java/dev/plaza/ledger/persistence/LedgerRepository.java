package dev.plaza.ledger.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import dev.plaza.ledger.AccountId;
import dev.plaza.ledger.TransferId;
import dev.plaza.ledger.domain.Account;
import dev.plaza.ledger.domain.AccountFlag;
import dev.plaza.ledger.domain.Balances;
import dev.plaza.ledger.domain.Flags;
import dev.plaza.ledger.domain.HistoryEntry;
import dev.plaza.ledger.domain.PendingStatus;
import dev.plaza.ledger.domain.StoredTransfer;
import dev.plaza.ledger.domain.Transfer;
import dev.plaza.ledger.domain.TransferFlag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts, transfers and balance history of the current tenant. Array parameters let one
 * statement write a whole batch. Every statement names the tenant explicitly; row-level security
 * would confine it anyway.
 */
@Repository
public class LedgerRepository {

	private static final String ACCOUNT_COLUMNS = """
			id, currency, code, flags, metadata::text AS metadata, debits_posted, credits_posted, debits_pending,
			credits_pending, created_at""";

	private static final String TRANSFER_COLUMNS = """
			id, debit_account_id, credit_account_id, amount, currency, code, flags, pending_id, timeout_seconds, ts,
			expires_at, pending_status""";

	private final JdbcClient jdbc;

	LedgerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the account unless its id is taken; answers whether it was inserted. */
	public boolean insertAccount(StoredAccount account) {
		return jdbc.sql("""
				INSERT INTO ledger.accounts (tenant_id, id, currency, code, flags, metadata)
				VALUES (platform.current_tenant(), :id, :currency, :code, :flags, CAST(:metadata AS jsonb))
				ON CONFLICT DO NOTHING""")
			.param("id", account.account().id().value())
			.param("currency", account.account().currency())
			.param("code", account.account().code())
			.param("flags", Flags.bits(account.account().flags(), AccountFlag::bit))
			.param("metadata", account.metadata())
			.update() == 1;
	}

	public Optional<StoredAccount> findAccount(AccountId id) {
		return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM ledger.accounts WHERE tenant_id = platform.current_tenant() AND id = :id")
			.param("id", id.value())
			.query(LedgerRepository::account)
			.optional();
	}

	/** Locks the accounts, in id order so that concurrent batches never deadlock. */
	public Map<AccountId, Account> lockAccounts(Collection<AccountId> ids) {
		return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + """
				 FROM ledger.accounts WHERE tenant_id = platform.current_tenant() AND id = ANY(:ids)
				ORDER BY id FOR UPDATE""")
			.param("ids", ids.stream().map(AccountId::value).toArray(UUID[]::new))
			.query(LedgerRepository::account)
			.list()
			.stream()
			.map(StoredAccount::account)
			.collect(toMap(Account::id));
	}

	/** Stored transfers with these ids; {@code lock} takes them FOR UPDATE in id order. */
	public Map<TransferId, StoredTransfer> findTransfers(Collection<TransferId> ids, boolean lock) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT " + TRANSFER_COLUMNS + """
				 FROM ledger.transfers WHERE tenant_id = platform.current_tenant() AND id = ANY(:ids)
				ORDER BY id""" + (lock ? " FOR UPDATE" : ""))
			.param("ids", ids.stream().map(TransferId::value).toArray(UUID[]::new))
			.query(LedgerRepository::transfer)
			.list()
			.stream()
			.collect(toMap(stored -> stored.transfer().id()));
	}

	public void insertTransfers(List<StoredTransfer> transfers) {
		if (transfers.isEmpty()) {
			return;
		}
		int n = transfers.size();
		UUID[] ids = new UUID[n], debits = new UUID[n], credits = new UUID[n], pendings = new UUID[n];
		Long[] amounts = new Long[n], timeouts = new Long[n], timestamps = new Long[n], expiries = new Long[n];
		Integer[] codes = new Integer[n], flags = new Integer[n];
		String[] currencies = new String[n], statuses = new String[n];
		for (int i = 0; i < n; i++) {
			StoredTransfer stored = transfers.get(i);
			Transfer transfer = stored.transfer();
			ids[i] = transfer.id().value();
			debits[i] = transfer.debitAccount().value();
			credits[i] = transfer.creditAccount().value();
			pendings[i] = transfer.pendingId() == null ? null : transfer.pendingId().value();
			amounts[i] = transfer.amount();
			timeouts[i] = transfer.timeoutSeconds();
			timestamps[i] = micros(stored.timestamp());
			expiries[i] = stored.expiresAt() == null ? null : micros(stored.expiresAt());
			codes[i] = transfer.code();
			flags[i] = Flags.bits(transfer.flags(), TransferFlag::bit);
			currencies[i] = transfer.currency();
			statuses[i] = stored.status() == null ? null : stored.status().code();
		}
		jdbc.sql("""
				INSERT INTO ledger.transfers (tenant_id, id, debit_account_id, credit_account_id, amount, currency, code,
				    flags, pending_id, timeout_seconds, ts, expires_at, pending_status)
				SELECT platform.current_tenant(), id, debit, credit, amount, currency, code, flags, pending, timeout,
				       timestamptz 'epoch' + ts * interval '1 microsecond',
				       timestamptz 'epoch' + expires * interval '1 microsecond', status
				FROM unnest(:ids, :debits, :credits, :amounts, :currencies, :codes, :flags, :pendings, :timeouts,
				            :timestamps, :expiries, :statuses)
				     AS t(id, debit, credit, amount, currency, code, flags, pending, timeout, ts, expires, status)""")
			.param("ids", ids)
			.param("debits", debits)
			.param("credits", credits)
			.param("amounts", amounts)
			.param("currencies", currencies)
			.param("codes", codes)
			.param("flags", flags)
			.param("pendings", pendings)
			.param("timeouts", timeouts)
			.param("timestamps", timestamps)
			.param("expiries", expiries)
			.param("statuses", statuses)
			.update();
	}

	public void updateBalances(Map<AccountId, Balances> balances) {
		if (balances.isEmpty()) {
			return;
		}
		int n = balances.size();
		UUID[] ids = new UUID[n];
		Long[] debitsPosted = new Long[n], creditsPosted = new Long[n], debitsPending = new Long[n], creditsPending = new Long[n];
		int i = 0;
		for (Map.Entry<AccountId, Balances> entry : balances.entrySet()) {
			ids[i] = entry.getKey().value();
			debitsPosted[i] = entry.getValue().debitsPosted();
			creditsPosted[i] = entry.getValue().creditsPosted();
			debitsPending[i] = entry.getValue().debitsPending();
			creditsPending[i] = entry.getValue().creditsPending();
			i++;
		}
		jdbc.sql("""
				UPDATE ledger.accounts a
				SET debits_posted = b.dp, credits_posted = b.cp, debits_pending = b.dpe, credits_pending = b.cpe
				FROM unnest(:ids, :dp, :cp, :dpe, :cpe) AS b(id, dp, cp, dpe, cpe)
				WHERE a.tenant_id = platform.current_tenant() AND a.id = b.id""")
			.param("ids", ids)
			.param("dp", debitsPosted)
			.param("cp", creditsPosted)
			.param("dpe", debitsPending)
			.param("cpe", creditsPending)
			.update();
	}

	public void updatePendingStatuses(Map<TransferId, PendingStatus> statuses) {
		if (statuses.isEmpty()) {
			return;
		}
		jdbc.sql("""
				UPDATE ledger.transfers t SET pending_status = s.status
				FROM unnest(:ids, :statuses) AS s(id, status)
				WHERE t.tenant_id = platform.current_tenant() AND t.id = s.id""")
			.param("ids", statuses.keySet().stream().map(TransferId::value).toArray(UUID[]::new))
			.param("statuses", statuses.values().stream().map(PendingStatus::code).toArray(String[]::new))
			.update();
	}

	public void insertHistory(List<HistoryEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		int n = entries.size();
		UUID[] accounts = new UUID[n], transfers = new UUID[n];
		Long[] timestamps = new Long[n], dp = new Long[n], cp = new Long[n], dpe = new Long[n], cpe = new Long[n];
		for (int i = 0; i < n; i++) {
			HistoryEntry entry = entries.get(i);
			accounts[i] = entry.account().value();
			transfers[i] = entry.transfer().value();
			timestamps[i] = micros(entry.timestamp());
			dp[i] = entry.balances().debitsPosted();
			cp[i] = entry.balances().creditsPosted();
			dpe[i] = entry.balances().debitsPending();
			cpe[i] = entry.balances().creditsPending();
		}
		jdbc.sql("""
				INSERT INTO ledger.account_balances (tenant_id, account_id, transfer_id, ts, debits_posted, credits_posted,
				    debits_pending, credits_pending)
				SELECT platform.current_tenant(), account, transfer, timestamptz 'epoch' + ts * interval '1 microsecond',
				       dp, cp, dpe, cpe
				FROM unnest(:accounts, :transfers, :timestamps, :dp, :cp, :dpe, :cpe) AS h(account, transfer, ts, dp, cp, dpe, cpe)""")
			.param("accounts", accounts)
			.param("transfers", transfers)
			.param("timestamps", timestamps)
			.param("dp", dp)
			.param("cp", cp)
			.param("dpe", dpe)
			.param("cpe", cpe)
			.update();
	}

	/** Transfers debiting or crediting the account, oldest first, after the cursor and within [from, to). */
	public List<StoredTransfer> transfersOf(AccountId account, Page page) {
		return jdbc.sql("SELECT " + TRANSFER_COLUMNS + """
				 FROM ledger.transfers
				WHERE tenant_id = platform.current_tenant() AND (debit_account_id = :account OR credit_account_id = :account)
				  AND ts >= :from AND ts < :to AND (ts, id) > (:afterTs, :afterId)
				ORDER BY ts, id LIMIT :limit""")
			.param("account", account.value())
			.params(page.parameters())
			.query(LedgerRepository::transfer)
			.list();
	}

	public List<HistoryEntry> historyOf(AccountId account, Page page) {
		return jdbc.sql("""
				SELECT transfer_id AS id, ts, debits_posted, credits_posted, debits_pending, credits_pending
				FROM ledger.account_balances
				WHERE tenant_id = platform.current_tenant() AND account_id = :account
				  AND ts >= :from AND ts < :to AND (ts, transfer_id) > (:afterTs, :afterId)
				ORDER BY ts, transfer_id LIMIT :limit""")
			.param("account", account.value())
			.params(page.parameters())
			.query((rs, n) -> new HistoryEntry(account, new TransferId(rs.getObject("id", UUID.class)),
					rs.getTimestamp("ts").toInstant(), balances(rs)))
			.list();
	}

	private static StoredAccount account(ResultSet rs, int row) throws SQLException {
		return new StoredAccount(new Account(new AccountId(rs.getObject("id", UUID.class)), rs.getString("currency"),
				rs.getInt("code"), Flags.fromBits(rs.getInt("flags"), AccountFlag.class, AccountFlag::bit), balances(rs)),
				rs.getString("metadata"), rs.getTimestamp("created_at").toInstant());
	}

	private static Balances balances(ResultSet rs) throws SQLException {
		return new Balances(rs.getLong("debits_posted"), rs.getLong("credits_posted"), rs.getLong("debits_pending"),
				rs.getLong("credits_pending"));
	}

	private static StoredTransfer transfer(ResultSet rs, int row) throws SQLException {
		UUID pending = rs.getObject("pending_id", UUID.class);
		String status = rs.getString("pending_status");
		Transfer transfer = new Transfer(new TransferId(rs.getObject("id", UUID.class)),
				new AccountId(rs.getObject("debit_account_id", UUID.class)),
				new AccountId(rs.getObject("credit_account_id", UUID.class)), rs.getLong("amount"), rs.getString("currency"),
				rs.getInt("code"), Flags.fromBits(rs.getInt("flags"), TransferFlag.class, TransferFlag::bit),
				pending == null ? null : new TransferId(pending), rs.getLong("timeout_seconds"));
		return new StoredTransfer(transfer, rs.getTimestamp("ts").toInstant(),
				rs.getTimestamp("expires_at") == null ? null : rs.getTimestamp("expires_at").toInstant(),
				status == null ? null : PendingStatus.valueOf(status.toUpperCase(Locale.ROOT)));
	}

	private static long micros(Instant instant) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
	}

	private static <K, V> Collector<V, ?, Map<K, V>> toMap(Function<V, K> key) {
		return Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new);
	}

	/** Releases the reservations of up to {@code max} pending transfers past their timeout; how many it released. */
	public int expirePending(int max) {
		return jdbc.sql("SELECT ledger.expire_pending_transfers(:max)").param("max", max).query(Integer.class).single();
	}
}
