package dev.plaza.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The accounts of a run and the request bodies of a scenario. Account ids and the choice of
 * accounts follow the seed, so two runs with the same seed use the same accounts; transfer ids are
 * new on every run (UUIDv7, time-ordered, as Plaza makes its own ids), so transfers never collide
 * with an earlier run's.
 *
 * <p>Used from the scheduler thread only.
 */
final class Workload {

	static final String CURRENCY = "EUR";

	private final Scenario scenario;

	private final int batchSize;

	private final UUID[] accounts;

	private final String[] accountStrings;

	private final UUID feeAccount;

	private final SplittableRandom random;

	private final SplittableRandom idRandom = new SplittableRandom();

	Workload(Scenario scenario, int batchSize, int accountCount, long seed) {
		this.scenario = scenario;
		this.batchSize = batchSize;
		SplittableRandom ids = new SplittableRandom(seed);
		this.accounts = new UUID[accountCount];
		this.accountStrings = new String[accountCount];
		for (int i = 0; i < accountCount; i++) {
			accounts[i] = randomV4(ids);
			accountStrings[i] = accounts[i].toString();
		}
		this.feeAccount = randomV4(ids);
		this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
	}

	/** Every account the scenario uses (the fee account last), for the setup step. */
	List<UUID> allAccounts() {
		List<UUID> all = new ArrayList<>(accounts.length + 1);
		all.addAll(List.of(accounts));
		all.add(feeAccount);
		return all;
	}

	UUID feeAccount() {
		return feeAccount;
	}

	/** Transfers carried by one request. */
	int transfersPerRequest() {
		return batchSize;
	}

	static String accountsBody(List<UUID> chunk) {
		StringBuilder json = new StringBuilder(chunk.size() * 70 + 2).append('[');
		for (int i = 0; i < chunk.size(); i++) {
			if (i > 0) {
				json.append(',');
			}
			json.append("{\"id\":\"").append(chunk.get(i)).append("\",\"currency\":\"").append(CURRENCY)
				.append("\",\"code\":1}");
		}
		return json.append(']').toString();
	}

	/** The body of the next request: a JSON array of transfers. */
	String nextTransfers() {
		StringBuilder json = new StringBuilder(batchSize * 190 + 2).append('[');
		String fee = scenario == Scenario.HOT ? feeAccount.toString() : null;
		for (int i = 0; i < batchSize; i++) {
			int debit = random.nextInt(accounts.length);
			String credit;
			if (fee != null) {
				credit = fee;
			}
			else {
				int c = random.nextInt(accounts.length - 1);
				credit = accountStrings[c >= debit ? c + 1 : c];
			}
			if (i > 0) {
				json.append(',');
			}
			json.append("{\"id\":\"").append(newTransferId()).append("\",\"debitAccountId\":\"")
				.append(accountStrings[debit]).append("\",\"creditAccountId\":\"").append(credit)
				.append("\",\"amount\":1,\"currency\":\"").append(CURRENCY).append("\",\"code\":1}");
		}
		return json.append(']').toString();
	}

	/** UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. */
	private UUID newTransferId() {
		long millis = System.currentTimeMillis();
		long msb = (millis << 16) | (0x7L << 12) | idRandom.nextInt(1 << 12);
		long lsb = (idRandom.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(msb, lsb);
	}

	private static UUID randomV4(SplittableRandom random) {
		long msb = (random.nextLong() & 0xFFFF_FFFF_FFFF_0FFFL) | 0x0000_0000_0000_4000L;
		long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(msb, lsb);
	}
}
