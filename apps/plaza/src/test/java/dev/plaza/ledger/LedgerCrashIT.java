package dev.plaza.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.plaza.ledger.LedgerCalls.Balances;
import dev.plaza.ledger.LedgerCalls.Transfer;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plaza killed with SIGKILL under transfer load loses nothing and applies nothing twice: after a
 * restart, every batch that got no answer is sent again with the same ids, and the balances are
 * exactly what the answered transfers add up to.
 */
class LedgerCrashIT {

	private static final int WRITERS = 4;

	private static final int ACCOUNTS = 12;

	private final PlazaProcess plaza = new PlazaProcess().with("PLAZA_ADMIN_CLIENT_SECRET", PlazaClient.ADMIN_SECRET);

	@Test
	void eachTransferAppliesExactlyOnceAcrossAKill() throws Exception {
		plaza.start();
		LedgerCalls ledger = LedgerCalls.newTenant(plaza.client(), "ledger:read", "ledger:write");
		List<UUID> accounts = new ArrayList<>();
		List<UUID> guarded = new ArrayList<>();
		for (int i = 0; i < ACCOUNTS; i++) {
			boolean limited = i % 2 == 0;
			UUID account = ledger.openAccount(limited ? new String[] { "debits_must_not_exceed_credits" } : new String[0]);
			accounts.add(account);
			if (limited) {
				guarded.add(account);
			}
		}
		UUID bank = ledger.openAccount();
		List<Transfer> funding = accounts.stream().map(account -> Transfer.of(bank, account, 1_000)).toList();
		assertThat(ledger.results(funding)).containsOnly("ok");

		ConcurrentLinkedQueue<Sent> answered = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<List<Transfer>> unanswered = new ConcurrentLinkedQueue<>();
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		for (int w = 0; w < WRITERS; w++) {
			long seed = w;
			writers.submit(() -> write(ledger, accounts, new Random(seed), answered, unanswered));
		}
		Thread.sleep(3_000);
		plaza.kill();
		writers.shutdown();
		assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		assertThat(answered).as("load reached the ledger before the kill").isNotEmpty();
		assertThat(unanswered).as("the kill interrupted some batches").isNotEmpty();

		plaza.start();
		for (List<Transfer> batch : unanswered) {
			List<String> results = ledger.results(batch);
			assertThat(results).doesNotContain("exists_with_different_fields");
			answered.add(new Sent(batch, results));
		}

		Map<UUID, Balances> expected = new HashMap<>();
		accounts.forEach(account -> move(expected, bank, account, 1_000));
		for (Sent sent : answered) {
			for (int i = 0; i < sent.batch().size(); i++) {
				String result = sent.results().get(i);
				if (result.equals("ok") || result.equals("exists")) {
					Sent.Move move = sent.moves().get(i);
					move(expected, move.debit(), move.credit(), move.amount());
				}
			}
		}
		for (UUID account : accounts) {
			Balances actual = ledger.balances(account);
			assertThat(actual).as("balances of %s", account).isEqualTo(expected.get(account));
		}
		// Only accounts flagged debits_must_not_exceed_credits promise it; the others may go below zero.
		for (UUID account : guarded) {
			Balances actual = ledger.balances(account);
			assertThat(actual.debitsPosted()).as("no overdraft of %s", account).isLessThanOrEqualTo(actual.creditsPosted());
		}
		assertThat(ledger.balances(bank)).isEqualTo(expected.get(bank));

		for (Sent sent : answered.stream().limit(20).toList()) {
			List<String> again = ledger.results(sent.batch());
			for (int i = 0; i < again.size(); i++) {
				if (sent.results().get(i).equals("ok")) {
					assertThat(again.get(i)).as("an applied transfer sent again").isEqualTo("exists");
				}
			}
		}
		assertThat(ledger.balances(bank)).as("resending changed nothing").isEqualTo(expected.get(bank));
	}

	private static void write(LedgerCalls ledger, List<UUID> accounts, Random random, ConcurrentLinkedQueue<Sent> answered,
			ConcurrentLinkedQueue<List<Transfer>> unanswered) {
		for (int n = 0; n < 10_000; n++) {
			List<Transfer> batch = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				UUID debit = accounts.get(random.nextInt(accounts.size()));
				UUID credit = accounts.get(random.nextInt(accounts.size()));
				while (credit.equals(debit)) {
					credit = accounts.get(random.nextInt(accounts.size()));
				}
				batch.add(Transfer.of(debit, credit, 1 + random.nextInt(50)));
			}
			Response response;
			try {
				response = ledger.send(batch.toArray(Transfer[]::new));
			}
			catch (IllegalStateException connectionLost) {
				unanswered.add(batch);
				return;
			}
			if (response.status() != 200) {
				unanswered.add(batch);
				return;
			}
			answered.add(new Sent(batch, LedgerCalls.results(response, batch.stream().map(Transfer::id).toList())));
		}
	}

	private static void move(Map<UUID, Balances> balances, UUID debit, UUID credit, long amount) {
		balances.merge(debit, Balances.posted(amount, 0), LedgerCrashIT::add);
		balances.merge(credit, Balances.posted(0, amount), LedgerCrashIT::add);
	}

	private static Balances add(Balances a, Balances b) {
		return new Balances(a.debitsPosted() + b.debitsPosted(), a.creditsPosted() + b.creditsPosted(),
				a.debitsPending() + b.debitsPending(), a.creditsPending() + b.creditsPending());
	}

	@AfterEach
	void stop() throws InterruptedException {
		plaza.close();
	}

	/** A batch as sent, with the answer it finally got. */
	private record Sent(List<Transfer> batch, List<String> results) {

		List<Move> moves() {
			return batch.stream().map(Move::of).toList();
		}

		record Move(UUID debit, UUID credit, long amount) {

			static Move of(Transfer transfer) {
				var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(transfer.json());
				return new Move(UUID.fromString(json.get("debitAccountId").asString()),
						UUID.fromString(json.get("creditAccountId").asString()), json.get("amount").asLong());
			}
		}
	}
}
