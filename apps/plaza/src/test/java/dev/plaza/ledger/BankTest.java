package dev.plaza.ledger;

import static dev.plaza.ledger.LedgerCalls.ACCOUNTS;
import static dev.plaza.ledger.LedgerCalls.DEBITS_MUST_NOT_EXCEED_CREDITS;
import static dev.plaza.ledger.LedgerCalls.TRANSFERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import dev.plaza.ledger.LedgerCalls.Balances;
import dev.plaza.ledger.LedgerCalls.Transfer;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Jepsen-style bank. Six writers move money at once between eight customer accounts (four of
 * which must never overdraw) and the bank's own account, with plain transfers, linked chains,
 * pending transfers (some left to time out) and full or partial posts and voids of them, some of
 * which race for the same pending transfer; a batch that got no answer is sent again with the same
 * ids. Two readers watch every account meanwhile. No reader ever sees an overdrawn account or a
 * posted balance going backwards; at the end money is neither created nor lost, every balance is
 * exactly what the answers the writers got add up to, and sending any applied transfer again is
 * answered {@code exists} and changes nothing.
 */
@PlazaTest
class BankTest {

	private static final int CUSTOMERS = 8;

	private static final int LIMITED = 4;

	private static final long FUNDING = 10_000;

	private static final int WRITERS = 6;

	private static final int READERS = 2;

	private static final Duration WRITING = Duration.ofSeconds(15);

	private static final int MAX_BATCHES_PER_WRITER = 300;

	private static final int MAX_ATTEMPTS = 6;

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration SETTLING = Duration.ofSeconds(12);

	private static final int REPLAY_BATCH = 100;

	@Autowired
	PlazaClient plaza;

	LedgerCalls ledger;

	UUID bank;

	final List<UUID> accounts = new ArrayList<>();

	final List<UUID> limited = new ArrayList<>();

	final Map<UUID, String> names = new HashMap<>();

	final Tally tally = new Tally();

	/** Applied pending transfers a writer may post or void; shared, so writers sometimes race for one. */
	final List<Pending> openPendings = new ArrayList<>();

	final Queue<String> anomalies = new ConcurrentLinkedQueue<>();

	final AtomicInteger anomalyCount = new AtomicInteger();

	final AtomicBoolean writing = new AtomicBoolean(true);

	final AtomicLong snapshots = new AtomicLong();

	final AtomicLong batches = new AtomicLong();

	final AtomicLong retries = new AtomicLong();

	long seed;

	@BeforeEach
	void aBankWithEightCustomersHalfOfThemFunded() {
		ledger = LedgerCalls.newTenant(plaza, "ledger:read", "ledger:write");
		bank = ledger.openAccount();
		accounts.add(bank);
		names.put(bank, "bank");
		for (int i = 1; i <= CUSTOMERS; i++) {
			boolean limits = i <= LIMITED;
			UUID customer = limits ? ledger.openAccount(DEBITS_MUST_NOT_EXCEED_CREDITS) : ledger.openAccount();
			accounts.add(customer);
			names.put(customer, (limits ? "limited customer " : "customer ") + i);
			if (limits) {
				limited.add(customer);
			}
		}
		List<Transfer> funding = limited.stream().map(customer -> Transfer.of(bank, customer, FUNDING)).toList();
		assertThat(ledger.results(funding)).containsOnly("ok");
		limited.forEach(customer -> tally.posted(bank, customer, FUNDING));
		seed = System.nanoTime();
	}

	@Test
	@Timeout(value = 3, unit = TimeUnit.MINUTES)
	void concurrentWritersNeitherCreateNorLoseMoneyNorBreakLimitsAndApplyEachTransferOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
		List<Future<?>> readers = new ArrayList<>();
		try {
			for (int i = 0; i < READERS; i++) {
				readers.add(pool.submit(this::watch));
			}
			long deadline = System.nanoTime() + WRITING.toNanos();
			List<Future<?>> writers = new ArrayList<>();
			for (int i = 0; i < WRITERS; i++) {
				Random random = new Random(seed + i);
				writers.add(pool.submit(() -> {
					write(random, deadline);
					return null;
				}));
			}
			for (Future<?> writer : writers) {
				writer.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			writing.set(false);
			pool.shutdown();
			if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
				pool.shutdownNow();
				pool.awaitTermination(10, TimeUnit.SECONDS);
			}
		}
		for (Future<?> reader : readers) {
			reader.get();
		}
		String run = "seed " + seed + ", " + batches + " batches, " + retries + " retries, " + snapshots
				+ " reader snapshots, results " + tally.resultCounts();

		Map<String, Balances> expected = tally.expected(accounts, names);
		Map<String, Balances> settled = settle(expected);

		assertThat(anomalies).as("anomalies seen during the run (%s)", run).isEmpty();
		assertThat(snapshots.get()).as("the readers saw the accounts while money moved").isPositive();
		assertThat(tally.appliedCount()).as("transfers the writers got applied (%s)", run).isPositive();
		assertThat(settled).as("every balance is what the writers were told happened (%s)", run).isEqualTo(expected);
		assertConserved(settled.values(), run);
		settled.forEach((name, balances) -> assertThat(limitBroken(name, balances)).as(run).isNull());

		int replayed = replayAppliedTransfers();

		assertThat(replayed).isEqualTo(tally.appliedCount());
		assertThat(readAll()).as("re-sending applied transfers changed nothing").isEqualTo(settled);
	}

	// Writers

	private void write(Random random, long deadline) throws InterruptedException {
		for (int i = 0; i < MAX_BATCHES_PER_WRITER && System.nanoTime() < deadline; i++) {
			List<Planned> batch = plan(random);
			Answer answer = sendUntilAnswered(batch);
			batches.incrementAndGet();
			record(batch, answer);
		}
	}

	/** 1–20 transfers (a chain may take the batch a little beyond): plain, linked, pending, post and void. */
	private List<Planned> plan(Random random) {
		int size = 1 + random.nextInt(20);
		List<Planned> batch = new ArrayList<>();
		int chains = 0;
		while (batch.size() < size) {
			int dice = random.nextInt(100);
			if (dice < 35) {
				batch.add(plain(random, -1, false));
			}
			else if (dice < 50) {
				int chain = chains++;
				int length = 2 + random.nextInt(2);
				for (int k = 0; k < length; k++) {
					batch.add(plain(random, chain, k < length - 1));
				}
			}
			else if (dice < 70) {
				batch.add(pending(random));
			}
			else {
				Pending target = pickOpenPending(random);
				batch.add(target == null ? plain(random, -1, false) : resolution(random, target));
			}
		}
		return batch;
	}

	private Planned plain(Random random, int chain, boolean linked) {
		UUID debit = random.nextBoolean() ? limited.get(random.nextInt(limited.size()))
				: accounts.get(random.nextInt(accounts.size()));
		UUID credit = otherThan(debit, random);
		long amount = 1 + random.nextInt(3_000);
		Transfer transfer = Transfer.of(debit, credit, amount);
		if (linked) {
			transfer.flags("linked");
		}
		return new Planned(transfer.id(), transfer.json(), Kind.PLAIN, debit, credit, amount, null, chain);
	}

	private Planned pending(Random random) {
		UUID debit = random.nextBoolean() ? limited.get(random.nextInt(limited.size()))
				: accounts.get(random.nextInt(accounts.size()));
		UUID credit = otherThan(debit, random);
		long amount = 1 + random.nextInt(1_500);
		long timeout = random.nextInt(10) < 4 ? 1 + random.nextInt(2) : 0;
		Transfer transfer = Transfer.pending(debit, credit, amount);
		if (timeout > 0) {
			transfer.timeoutSeconds(timeout);
		}
		return new Planned(transfer.id(), transfer.json(), Kind.PENDING, debit, credit, amount,
				new Pending(transfer.id(), debit, credit, amount, timeout), -1);
	}

	/** A post (in full, three ways, or in part) or a void of an earlier pending transfer. */
	private Planned resolution(Random random, Pending target) {
		if (random.nextInt(10) < 4) {
			Transfer voiding = Transfer.voidOf(target.id());
			return new Planned(voiding.id(), voiding.json(), Kind.VOID, target.debit(), target.credit(), 0, target, -1);
		}
		Transfer post = Transfer.post(target.id());
		long amount = target.amount();
		switch (random.nextInt(4)) {
			case 0 -> {
				// no amount: the full pending amount
			}
			case 1 -> post.amount(0);
			case 2 -> post.amount(target.amount());
			default -> {
				amount = target.amount() > 1 ? 1 + random.nextInt((int) target.amount() - 1) : target.amount();
				post.amount(amount);
			}
		}
		return new Planned(post.id(), post.json(), Kind.POST, target.debit(), target.credit(), amount, target, -1);
	}

	private UUID otherThan(UUID account, Random random) {
		UUID other;
		do {
			other = accounts.get(random.nextInt(accounts.size()));
		}
		while (other.equals(account));
		return other;
	}

	/** Mostly takes a pending transfer away; sometimes leaves it for another writer to race for. */
	private Pending pickOpenPending(Random random) {
		synchronized (openPendings) {
			if (openPendings.isEmpty()) {
				return null;
			}
			int index = random.nextInt(openPendings.size());
			return random.nextInt(10) < 8 ? openPendings.remove(index) : openPendings.get(index);
		}
	}

	/** Sends the batch until it is answered, again with the same body and ids after no answer or a 5xx. */
	private Answer sendUntilAnswered(List<Planned> batch) throws InterruptedException {
		String body = batch.stream().map(Planned::json).collect(Collectors.joining(",", "[", "]"));
		List<UUID> ids = batch.stream().map(Planned::id).toList();
		String lastFailure = null;
		for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
			if (attempt > 1) {
				retries.incrementAndGet();
				Thread.sleep(100L * attempt);
			}
			Response response;
			try {
				response = plaza.send(HttpRequest.newBuilder(plaza.uri(TRANSFERS))
					.timeout(REQUEST_TIMEOUT)
					.header("Authorization", "Bearer " + ledger.token)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)));
			}
			catch (IllegalStateException noAnswer) {
				if (Thread.currentThread().isInterrupted()) {
					throw new InterruptedException("stopped while sending a batch");
				}
				lastFailure = "no answer: " + noAnswer.getCause();
				continue;
			}
			if (response.status() >= 500) {
				lastFailure = response.status() + " " + response.text();
				continue;
			}
			assertThat(response.status()).as("a well-formed batch is answered 200: %s\n%s", response.text(), body)
				.isEqualTo(200);
			return new Answer(LedgerCalls.results(response, ids), attempt);
		}
		throw new AssertionError("No answer after " + MAX_ATTEMPTS + " attempts (" + lastFailure + ") for " + body);
	}

	private void record(List<Planned> batch, Answer answer) {
		List<String> results = answer.results();
		Map<Integer, List<String>> chainResults = new HashMap<>();
		for (int i = 0; i < batch.size(); i++) {
			if (batch.get(i).chain() >= 0) {
				chainResults.computeIfAbsent(batch.get(i).chain(), chain -> new ArrayList<>()).add(results.get(i));
			}
		}
		chainResults.forEach((chain, outcomes) -> {
			if (outcomes.contains("ok") && !outcomes.stream().allMatch("ok"::equals)) {
				anomaly("a linked chain applied in part: " + outcomes);
			}
		});
		List<Planned> chain = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			Planned planned = batch.get(i);
			String result = results.get(i);
			tally.count(result);
			if (!expectable(planned, result, answer.attempts())) {
				anomaly("transfer " + planned.json() + " was answered " + result + " on attempt " + answer.attempts());
			}
			boolean applied;
			if (planned.chain() >= 0) {
				List<String> outcomes = chainResults.get(planned.chain());
				applied = outcomes.stream().allMatch("ok"::equals) || outcomes.contains("exists");
				chain.add(planned);
				boolean last = i + 1 == batch.size() || batch.get(i + 1).chain() != planned.chain();
				if (last && applied) {
					tally.appliedChain(List.copyOf(chain));
				}
				if (last) {
					chain.clear();
				}
			}
			else {
				applied = result.equals("ok") || result.equals("exists");
				if (applied) {
					tally.appliedAlone(planned);
				}
			}
			if (applied) {
				apply(planned);
			}
		}
	}

	private void apply(Planned planned) {
		switch (planned.kind()) {
			case PLAIN -> tally.posted(planned.debit(), planned.credit(), planned.amount());
			case PENDING -> {
				tally.pending(planned.pending());
				synchronized (openPendings) {
					openPendings.add(planned.pending());
				}
			}
			case POST, VOID -> {
				String twice = tally.resolved(planned.pending(), planned.id(), planned.kind() == Kind.POST ? planned.amount() : 0);
				if (twice != null) {
					anomaly(twice);
				}
			}
		}
	}

	/** Whether a correct ledger may answer this, given what the writers cannot know about each other. */
	private boolean expectable(Planned planned, String result, int attempts) {
		boolean resolution = planned.kind() == Kind.POST || planned.kind() == Kind.VOID;
		return switch (result) {
			case "ok" -> true;
			case "exists" -> attempts > 1;
			case "exceeds_credits" -> !resolution && limited.contains(planned.debit());
			case "linked_event_failed" -> planned.chain() >= 0;
			case "pending_transfer_expired" -> resolution && planned.pending().timeoutSeconds() > 0;
			case "pending_transfer_already_posted", "pending_transfer_already_voided" -> resolution;
			default -> false;
		};
	}

	// Readers

	private void watch() {
		Map<UUID, Balances> last = new HashMap<>();
		while (writing.get()) {
			for (UUID account : accounts) {
				Response response;
				try {
					response = plaza.send(HttpRequest.newBuilder(plaza.uri(ACCOUNTS + "/" + account))
						.timeout(REQUEST_TIMEOUT)
						.header("Authorization", "Bearer " + ledger.token)
						.GET());
				}
				catch (IllegalStateException noAnswer) {
					if (writing.get()) {
						anomaly("a reader got no answer for " + names.get(account) + ": " + noAnswer.getCause());
					}
					return;
				}
				if (response.status() != 200) {
					anomaly("a reader got " + response.status() + " for " + names.get(account) + ": " + response.text());
					continue;
				}
				Balances balances = Balances.of(response.json());
				String broken = limitBroken(names.get(account), balances);
				if (broken != null) {
					anomaly("a reader saw " + broken);
				}
				Balances previous = last.put(account, balances);
				if (previous != null && (balances.debitsPosted() < previous.debitsPosted()
						|| balances.creditsPosted() < previous.creditsPosted())) {
					anomaly("a reader saw posted balances of " + names.get(account) + " go back from " + previous + " to "
							+ balances);
				}
			}
			snapshots.incrementAndGet();
		}
	}

	/** What is wrong with these balances, or null: negative amounts, or an overdraft of a limited account. */
	private String limitBroken(String name, Balances balances) {
		if (balances.debitsPosted() < 0 || balances.creditsPosted() < 0 || balances.debitsPending() < 0
				|| balances.creditsPending() < 0) {
			return "negative balances on " + name + ": " + balances;
		}
		if (name.startsWith("limited") && balances.debitsPosted() + balances.debitsPending() > balances.creditsPosted()) {
			return "an overdraft on " + name + ": " + balances;
		}
		return null;
	}

	private void anomaly(String what) {
		if (anomalyCount.incrementAndGet() <= 50) {
			anomalies.add(what);
		}
	}

	// The end

	/** The balances once lapsed pending transfers are released: as soon as they match, or after a while. */
	private Map<String, Balances> settle(Map<String, Balances> expected) throws InterruptedException {
		long deadline = System.nanoTime() + SETTLING.toNanos();
		Map<String, Balances> actual = readAll();
		while (!actual.equals(expected) && System.nanoTime() < deadline) {
			Thread.sleep(250);
			actual = readAll();
		}
		return actual;
	}

	private Map<String, Balances> readAll() {
		Map<String, Balances> all = new LinkedHashMap<>();
		for (UUID account : accounts) {
			all.put(names.get(account), ledger.balances(account));
		}
		return all;
	}

	private static void assertConserved(Collection<Balances> balances, String run) {
		long debitsPosted = balances.stream().mapToLong(Balances::debitsPosted).sum();
		long creditsPosted = balances.stream().mapToLong(Balances::creditsPosted).sum();
		long debitsPending = balances.stream().mapToLong(Balances::debitsPending).sum();
		long creditsPending = balances.stream().mapToLong(Balances::creditsPending).sum();
		assertThat(debitsPosted).as("posted debits equal posted credits (%s)", run).isEqualTo(creditsPosted);
		assertThat(debitsPending).as("pending debits equal pending credits (%s)", run).isEqualTo(creditsPending);
	}

	/** Sends every applied transfer again, chains whole, answering how many were sent. */
	private int replayAppliedTransfers() {
		int replayed = 0;
		List<Planned> alone = tally.appliedAlone();
		for (int from = 0; from < alone.size(); from += REPLAY_BATCH) {
			List<Planned> chunk = alone.subList(from, Math.min(alone.size(), from + REPLAY_BATCH));
			List<String> results = replay(chunk);
			assertThat(results).as("an applied transfer sent again").containsOnly("exists");
			replayed += chunk.size();
		}
		List<List<Planned>> chains = tally.appliedChains();
		int next = 0;
		while (next < chains.size()) {
			List<List<Planned>> group = new ArrayList<>();
			int size = 0;
			while (next < chains.size() && size + chains.get(next).size() <= REPLAY_BATCH) {
				size += chains.get(next).size();
				group.add(chains.get(next++));
			}
			List<String> results = replay(group.stream().flatMap(List::stream).toList());
			int offset = 0;
			for (List<Planned> chain : group) {
				List<String> outcomes = results.subList(offset, offset + chain.size());
				assertThat(outcomes).as("an applied chain sent again").containsAnyOf("exists")
					.allMatch(outcome -> outcome.equals("exists") || outcome.equals("linked_event_failed"));
				offset += chain.size();
			}
			replayed += size;
		}
		return replayed;
	}

	private List<String> replay(List<Planned> transfers) {
		Response response = ledger.postTransfers(
				transfers.stream().map(Planned::json).collect(Collectors.joining(",", "[", "]")));
		return LedgerCalls.results(response, transfers.stream().map(Planned::id).toList());
	}

	enum Kind {
		PLAIN, PENDING, POST, VOID
	}

	/**
	 * One transfer as sent. For a pending transfer {@code pending} describes it; for a post or void it
	 * is the target, and {@code amount} is what a post moves (the pending amount when posted in full).
	 */
	record Planned(UUID id, String json, Kind kind, UUID debit, UUID credit, long amount, Pending pending, int chain) {
	}

	record Pending(UUID id, UUID debit, UUID credit, long amount, long timeoutSeconds) {
	}

	record Answer(List<String> results, int attempts) {
	}

	/** What the writers were told happened, and what the balances must therefore be. */
	static final class Tally {

		private final Map<UUID, long[]> posted = new HashMap<>();

		private final Map<UUID, Pending> pendings = new HashMap<>();

		private final Map<UUID, UUID> resolutions = new HashMap<>();

		private final Map<String, Long> results = new TreeMap<>();

		private final List<Planned> appliedAlone = new ArrayList<>();

		private final List<List<Planned>> appliedChains = new ArrayList<>();

		synchronized void posted(UUID debit, UUID credit, long amount) {
			posted.computeIfAbsent(debit, account -> new long[2])[0] += amount;
			posted.computeIfAbsent(credit, account -> new long[2])[1] += amount;
		}

		synchronized void pending(Pending pending) {
			pendings.put(pending.id(), pending);
		}

		/** Records a post or void; answers an anomaly if the pending transfer was already resolved by another. */
		synchronized String resolved(Pending pending, UUID by, long postedAmount) {
			UUID earlier = resolutions.putIfAbsent(pending.id(), by);
			if (earlier != null && !earlier.equals(by)) {
				return "pending transfer " + pending.id() + " was resolved twice, by " + earlier + " and " + by;
			}
			if (earlier == null && postedAmount > 0) {
				posted(pending.debit(), pending.credit(), postedAmount);
			}
			return null;
		}

		synchronized void count(String result) {
			results.merge(result, 1L, Long::sum);
		}

		synchronized void appliedAlone(Planned transfer) {
			appliedAlone.add(transfer);
		}

		synchronized void appliedChain(List<Planned> chain) {
			appliedChains.add(chain);
		}

		synchronized List<Planned> appliedAlone() {
			return List.copyOf(appliedAlone);
		}

		synchronized List<List<Planned>> appliedChains() {
			return List.copyOf(appliedChains);
		}

		synchronized int appliedCount() {
			return appliedAlone.size() + appliedChains.stream().mapToInt(List::size).sum();
		}

		synchronized String resultCounts() {
			return results.toString();
		}

		/**
		 * The balances every account must show once lapsed pending transfers are released: posted from
		 * applied transfers and posts, pending from pending transfers without timeout not yet resolved.
		 */
		synchronized Map<String, Balances> expected(List<UUID> accounts, Map<UUID, String> names) {
			Map<String, Balances> expected = new LinkedHashMap<>();
			for (UUID account : accounts) {
				long[] moved = posted.getOrDefault(account, new long[2]);
				long debitsPending = 0;
				long creditsPending = 0;
				for (Pending pending : pendings.values()) {
					if (pending.timeoutSeconds() == 0 && !resolutions.containsKey(pending.id())) {
						debitsPending += pending.debit().equals(account) ? pending.amount() : 0;
						creditsPending += pending.credit().equals(account) ? pending.amount() : 0;
					}
				}
				expected.put(names.get(account), new Balances(moved[0], moved[1], debitsPending, creditsPending));
			}
			return expected;
		}
	}
}
