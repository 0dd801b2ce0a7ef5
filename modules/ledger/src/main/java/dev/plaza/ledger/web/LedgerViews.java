package dev.plaza.ledger.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import dev.plaza.ledger.persistence.Page;
import dev.plaza.ledger.persistence.StoredAccount;
import io.swagger.v3.oas.annotations.media.Schema;
import dev.plaza.ledger.domain.AccountFlag;
import dev.plaza.ledger.domain.HistoryEntry;
import dev.plaza.ledger.domain.StoredTransfer;
import dev.plaza.ledger.domain.Transfer;
import dev.plaza.ledger.domain.TransferFlag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The ledger's JSON answers. */
final class LedgerViews {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LedgerViews() {
	}

	record AccountView(UUID id, String currency, int code, List<String> flags,
			@Schema(nullable = true) JsonNode metadata, long debitsPosted, long creditsPosted, long debitsPending,
			long creditsPending, Instant createdAt) {

		static AccountView of(StoredAccount stored) {
			var account = stored.account();
			var balances = account.balances();
			return new AccountView(account.id().value(), account.currency(), account.code(),
					account.flags().stream().sorted().map(AccountFlag::code).toList(),
					stored.metadata() == null ? null : JSON.readTree(stored.metadata()), balances.debitsPosted(),
					balances.creditsPosted(), balances.debitsPending(), balances.creditsPending(), stored.createdAt());
		}
	}

	record Outcome(UUID id, String result) {
	}

	record TransferView(UUID id, UUID debitAccountId, UUID creditAccountId, long amount, String currency, int code,
			List<String> flags, @Schema(nullable = true) UUID pendingId, long timeoutSeconds, Instant timestamp) {

		static TransferView of(StoredTransfer stored) {
			Transfer t = stored.transfer();
			return new TransferView(t.id().value(), t.debitAccount().value(), t.creditAccount().value(), t.amount(),
					t.currency(), t.code(), t.flags().stream().sorted().map(TransferFlag::code).toList(),
					t.pendingId() == null ? null : t.pendingId().value(), t.timeoutSeconds(), stored.timestamp());
		}
	}

	record BalanceView(UUID transferId, Instant timestamp, long debitsPosted, long creditsPosted, long debitsPending,
			long creditsPending) {

		static BalanceView of(HistoryEntry entry) {
			var b = entry.balances();
			return new BalanceView(entry.transfer().value(), entry.timestamp(), b.debitsPosted(), b.creditsPosted(),
					b.debitsPending(), b.creditsPending());
		}
	}

	/** A page of a listing; {@code nextCursor} is null when the page was not full, so nothing follows. */
	record PageView<T>(List<T> items, @Schema(nullable = true) String nextCursor) {

		static <S, T> PageView<T> of(List<S> found, Page page, Function<S, T> view, Function<S, String> cursorAfter) {
			String next = found.size() == page.limit() ? cursorAfter.apply(found.getLast()) : null;
			return new PageView<>(found.stream().map(view).toList(), next);
		}
	}
}
