package dev.plaza.ledger.domain;

import static dev.plaza.ledger.domain.TransferResult.ACCOUNTS_MUST_BE_DIFFERENT;
import static dev.plaza.ledger.domain.TransferResult.EXCEEDS_CREDITS;
import static dev.plaza.ledger.domain.TransferResult.EXCEEDS_DEBITS;
import static dev.plaza.ledger.domain.TransferResult.EXCEEDS_PENDING_TRANSFER_AMOUNT;
import static dev.plaza.ledger.domain.TransferResult.EXISTS;
import static dev.plaza.ledger.domain.TransferResult.EXISTS_WITH_DIFFERENT_FIELDS;
import static dev.plaza.ledger.domain.TransferResult.LINKED_EVENT_CHAIN_OPEN;
import static dev.plaza.ledger.domain.TransferResult.LINKED_EVENT_FAILED;
import static dev.plaza.ledger.domain.TransferResult.OK;
import static dev.plaza.ledger.domain.TransferResult.OVERFLOWS_CREDITS;
import static dev.plaza.ledger.domain.TransferResult.OVERFLOWS_CREDITS_PENDING;
import static dev.plaza.ledger.domain.TransferResult.OVERFLOWS_DEBITS;
import static dev.plaza.ledger.domain.TransferResult.OVERFLOWS_DEBITS_PENDING;
import static dev.plaza.ledger.domain.TransferResult.PENDING_TRANSFER_ALREADY_POSTED;
import static dev.plaza.ledger.domain.TransferResult.PENDING_TRANSFER_EXPIRED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.plaza.ledger.AccountId;
import dev.plaza.ledger.TransferId;
import org.junit.jupiter.api.Test;

/** The ledger's rules, applied in memory as a batch would be. */
class TransferBatchTest {

	static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

	final Account cash = account(Set.of(), Balances.ZERO);

	final Account wallet = account(Set.of(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS, AccountFlag.HISTORY),
			new Balances(0, 100, 0, 0));

	final Account loan = account(Set.of(AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS), new Balances(50, 0, 0, 0));

	final Map<AccountId, Account> accounts = Map.of(cash.id(), cash, wallet.id(), wallet, loan.id(), loan);

	@Test
	void aTransferDebitsOneAccountAndCreditsTheOther() {
		BatchOutcome outcome = apply(List.of(transfer(cash, wallet, 30)));

		assertThat(outcome.results()).containsExactly(OK);
		assertThat(outcome.balances().get(cash.id())).isEqualTo(new Balances(30, 0, 0, 0));
		assertThat(outcome.balances().get(wallet.id())).isEqualTo(new Balances(0, 130, 0, 0));
		assertThat(outcome.history()).singleElement()
			.satisfies(entry -> assertThat(entry.balances()).isEqualTo(new Balances(0, 130, 0, 0)));
	}

	@Test
	void anAccountThatMustNotOverdrawRefusesToGoBelowZero() {
		BatchOutcome outcome = apply(List.of(transfer(wallet, cash, 60), transfer(wallet, cash, 60)));

		assertThat(outcome.results()).containsExactly(OK, EXCEEDS_CREDITS);
		assertThat(outcome.balances().get(wallet.id())).isEqualTo(new Balances(60, 100, 0, 0));
	}

	@Test
	void theMirrorRuleLimitsCredits() {
		assertThat(apply(List.of(transfer(cash, loan, 51))).results()).containsExactly(EXCEEDS_DEBITS);
		assertThat(apply(List.of(transfer(cash, loan, 50))).results()).containsExactly(OK);
	}

	@Test
	void pendingAmountsCountAgainstTheLimitUntilReleased() {
		Transfer hold = pending(wallet, cash, 80, 0);

		BatchOutcome outcome = apply(List.of(hold, transfer(wallet, cash, 30), post(hold, 50), transfer(wallet, cash, 30)));

		assertThat(outcome.results()).containsExactly(OK, EXCEEDS_CREDITS, OK, OK);
		assertThat(outcome.balances().get(wallet.id())).isEqualTo(new Balances(80, 100, 0, 0));
		assertThat(outcome.balances().get(cash.id())).isEqualTo(new Balances(0, 80, 0, 0));
	}

	@Test
	void aPendingTransferResolvesOnlyOnce() {
		Transfer hold = pending(cash, wallet, 10, 0);

		BatchOutcome outcome = apply(List.of(hold, post(hold, 0), post(hold, 0), voiding(hold)));

		assertThat(outcome.results()).containsExactly(OK, OK, PENDING_TRANSFER_ALREADY_POSTED,
				PENDING_TRANSFER_ALREADY_POSTED);
		assertThat(outcome.balances().get(wallet.id())).isEqualTo(new Balances(0, 110, 0, 0));
	}

	@Test
	void postingMoreThanWasReservedIsRefused() {
		Transfer hold = pending(cash, wallet, 10, 0);

		assertThat(apply(List.of(hold, post(hold, 11))).results()).containsExactly(OK, EXCEEDS_PENDING_TRANSFER_AMOUNT);
	}

	@Test
	void anExpiredReservationCannotBePosted() {
		Transfer hold = pending(cash, wallet, 10, 5);
		Map<TransferId, StoredTransfer> known = new HashMap<>();
		known.put(hold.id(), new StoredTransfer(hold, NOW.minusSeconds(10), NOW.minusSeconds(5), PendingStatus.PENDING));

		BatchOutcome outcome = TransferBatch.apply(List.of(post(hold, 0)), accounts, known, NOW);

		assertThat(outcome.results()).containsExactly(PENDING_TRANSFER_EXPIRED);
		assertThat(outcome.balances()).isEmpty();
	}

	@Test
	void aLinkedChainAppliesAsAWholeOrNotAtAll() {
		Transfer first = linked(transfer(cash, wallet, 10));
		Transfer failing = transfer(wallet, cash, 1_000);
		Transfer independent = transfer(cash, wallet, 5);

		BatchOutcome outcome = apply(List.of(first, failing, independent));

		assertThat(outcome.results()).containsExactly(LINKED_EVENT_FAILED, EXCEEDS_CREDITS, OK);
		assertThat(outcome.balances().get(wallet.id())).isEqualTo(new Balances(0, 105, 0, 0));
		assertThat(outcome.created()).extracting(StoredTransfer::transfer).containsExactly(independent);
		assertThat(outcome.history()).hasSize(1);
	}

	@Test
	void aFailedChainReleasesNothingItResolved() {
		Transfer hold = pending(cash, wallet, 10, 0);
		Map<TransferId, StoredTransfer> known = new HashMap<>();
		known.put(hold.id(), new StoredTransfer(hold, NOW.minusSeconds(1), null, PendingStatus.PENDING));
		Account walletWithHold = account(wallet, new Balances(0, 100, 0, 10));
		Account cashWithHold = account(cash, new Balances(0, 0, 10, 0));

		BatchOutcome outcome = TransferBatch.apply(List.of(linked(post(hold, 0)), transfer(wallet, cash, 1_000)),
				Map.of(cash.id(), cashWithHold, wallet.id(), walletWithHold), known, NOW);

		assertThat(outcome.results()).containsExactly(LINKED_EVENT_FAILED, EXCEEDS_CREDITS);
		assertThat(outcome.resolvedPendings()).isEmpty();
		assertThat(outcome.balances()).isEmpty();
	}

	@Test
	void aChainLeftOpenAtTheEndOfTheBatchFails() {
		BatchOutcome outcome = apply(List.of(transfer(cash, wallet, 1), linked(transfer(cash, wallet, 1))));

		assertThat(outcome.results()).containsExactly(OK, LINKED_EVENT_CHAIN_OPEN);
	}

	@Test
	void aTransferIdAppliesAtMostOnce() {
		Transfer once = transfer(cash, wallet, 10);
		Transfer sameIdOtherAmount = new Transfer(once.id(), cash.id(), wallet.id(), 11, "EUR", 1, Set.of(), null, 0);

		BatchOutcome outcome = apply(List.of(once, once, sameIdOtherAmount));

		assertThat(outcome.results()).containsExactly(OK, EXISTS, EXISTS_WITH_DIFFERENT_FIELDS);
		assertThat(outcome.balances().get(wallet.id())).isEqualTo(new Balances(0, 110, 0, 0));
	}

	@Test
	void aBalanceNeverWrapsAround() {
		Account full = account(Set.of(), new Balances(0, Long.MAX_VALUE - 5, 0, 0));

		BatchOutcome outcome = TransferBatch.apply(List.of(transfer(cash, full, 6)),
				Map.of(cash.id(), cash, full.id(), full), Map.of(), NOW);

		assertThat(outcome.results()).containsExactly(OVERFLOWS_CREDITS);
	}

	@Test
	void aPendingTransferThatCouldNeverBePostedIsRefusedUpFront() {
		Account spent = account(Set.of(), new Balances(Long.MAX_VALUE, 0, 0, 0));
		Account earned = account(Set.of(), new Balances(0, Long.MAX_VALUE - 3, 0, 0));

		BatchOutcome outcome = TransferBatch.apply(
				List.of(pending(spent, cash, 5, 0), pending(cash, earned, 5, 0), transfer(cash, earned, 4)),
				Map.of(cash.id(), cash, spent.id(), spent, earned.id(), earned), Map.of(), NOW);

		assertThat(outcome.results()).containsExactly(OVERFLOWS_DEBITS, OVERFLOWS_CREDITS, OVERFLOWS_CREDITS);
		assertThat(outcome.balances()).isEmpty();
	}

	@Test
	void pendingBalancesNeverWrapAround() {
		Account reserving = account(Set.of(), new Balances(0, 0, Long.MAX_VALUE - 1, 0));
		Account reserved = account(Set.of(), new Balances(0, 0, 0, Long.MAX_VALUE));

		BatchOutcome outcome = TransferBatch.apply(List.of(pending(reserving, cash, 2, 0), pending(cash, reserved, 1, 0)),
				Map.of(cash.id(), cash, reserving.id(), reserving, reserved.id(), reserved), Map.of(), NOW);

		assertThat(outcome.results()).containsExactly(OVERFLOWS_DEBITS_PENDING, OVERFLOWS_CREDITS_PENDING);
	}

	@Test
	void pendingAndPostedTogetherMayReachTheLargestValueExactly() {
		Account nearlyFull = account(Set.of(), new Balances(Long.MAX_VALUE - 10, 0, 5, 0));
		Transfer reserve = pending(nearlyFull, cash, 5, 0);

		BatchOutcome outcome = TransferBatch.apply(List.of(reserve, post(reserve, 0)),
				Map.of(cash.id(), cash, nearlyFull.id(), nearlyFull), Map.of(), NOW);

		assertThat(outcome.results()).containsExactly(OK, OK);
		assertThat(outcome.balances().get(nearlyFull.id())).isEqualTo(new Balances(Long.MAX_VALUE - 5, 0, 5, 0));
	}

	@Test
	void theSameAccountOnBothSidesIsRefused() {
		assertThat(apply(List.of(transfer(cash, cash, 1))).results()).containsExactly(ACCOUNTS_MUST_BE_DIFFERENT);
	}

	@Test
	void requestsAppliedTogetherStayIndependent() {
		Transfer openChain = linked(transfer(cash, wallet, 1));
		Transfer nextRequest = transfer(cash, wallet, 2);
		Transfer sameIdLater = nextRequest;

		BatchOutcome outcome = TransferBatch.applyGroup(List.of(List.of(openChain), List.of(nextRequest), List.of(sameIdLater)),
				accounts, Map.of(), NOW);

		assertThat(outcome.results()).containsExactly(LINKED_EVENT_CHAIN_OPEN, OK, EXISTS);
		assertThat(outcome.balances().get(wallet.id())).isEqualTo(new Balances(0, 102, 0, 0));
	}

	@Test
	void everyAppliedTransferGetsItsOwnIncreasingTimestamp() {
		BatchOutcome outcome = apply(List.of(transfer(cash, wallet, 1), transfer(cash, wallet, 1)));

		assertThat(outcome.created().get(1).timestamp()).isAfter(outcome.created().get(0).timestamp());
	}

	private BatchOutcome apply(List<Transfer> transfers) {
		return TransferBatch.apply(transfers, accounts, Map.of(), NOW);
	}

	private static Account account(Set<AccountFlag> flags, Balances balances) {
		return new Account(new AccountId(UUID.randomUUID()), "EUR", 1, flags, balances);
	}

	private static Account account(Account like, Balances balances) {
		return new Account(like.id(), like.currency(), like.code(), like.flags(), balances);
	}

	private static Transfer transfer(Account debit, Account credit, long amount) {
		return new Transfer(new TransferId(UUID.randomUUID()), debit.id(), credit.id(), amount, "EUR", 1, Set.of(), null, 0);
	}

	private static Transfer pending(Account debit, Account credit, long amount, long timeout) {
		return new Transfer(new TransferId(UUID.randomUUID()), debit.id(), credit.id(), amount, "EUR", 1,
				Set.of(TransferFlag.PENDING), null, timeout);
	}

	private static Transfer post(Transfer pending, long amount) {
		return new Transfer(new TransferId(UUID.randomUUID()), null, null, amount, null, 0,
				Set.of(TransferFlag.POST_PENDING), pending.id(), 0);
	}

	private static Transfer voiding(Transfer pending) {
		return new Transfer(new TransferId(UUID.randomUUID()), null, null, 0, null, 0, Set.of(TransferFlag.VOID_PENDING),
				pending.id(), 0);
	}

	private static Transfer linked(Transfer transfer) {
		Set<TransferFlag> flags = EnumSet.of(TransferFlag.LINKED);
		flags.addAll(transfer.flags());
		return new Transfer(transfer.id(), transfer.debitAccount(), transfer.creditAccount(), transfer.amount(),
				transfer.currency(), transfer.code(), flags, transfer.pendingId(), transfer.timeoutSeconds());
	}
}
