package dev.plaza.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The ledger scenarios (batched, single, hot): the accounts of a run and the request bodies. Account ids and the choice of
 * accounts follow the seed, so two runs with the same seed use the same accounts; transfer ids are
 * new on every run (UUIDv7, time-ordered, as Plaza makes its own ids), so transfers never collide
 * with an earlier run's.
 *
 * <p>Used from the scheduler thread only.
 */
final class LedgerTransfers implements Workload {

	static final String CURRENCY = "EUR";

	private final Options options;

	private final Scenario scenario;

	private final int batchSize;

	private final UUID[] accounts;

	private final String[] accountStrings;

	private final UUID feeAccount;

	private final SplittableRandom random;

	private final SplittableRandom idRandom = new SplittableRandom();

	private final URI transfersUri;

	LedgerTransfers(Options options) {
		this.options = options;
		this.scenario = options.scenario();
		this.batchSize = options.batchSize();
		int accountCount = options.accounts();
		long seed = options.seed();
		this.transfersUri = options.baseUrl().resolve("/api/v1/ledger/transfers");
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
	private List<UUID> allAccounts() {
		List<UUID> all = new ArrayList<>(accounts.length + 1);
		all.addAll(List.of(accounts));
		all.add(feeAccount);
		return all;
	}

	private UUID feeAccount() {
		return feeAccount;
	}

	@Override
	public String describe() {
		return String.format(Locale.ROOT, "%s: %.1f requests/s (%s transfers/s), %d transfer(s) per request, %d accounts",
				scenario.label(), options.rate(), LoadGenerator.fmt(options.rate() * batchSize), batchSize, accounts.length);
	}

	/** Transfers carried by one request. */
	@Override
	public int unitsPerRequest() {
		return batchSize;
	}

	/** Opens the run's accounts (idempotent: existing ones answer "exists"). */
	@Override
	public void setUp(HttpClient client) throws SetupException, InterruptedException {
		List<UUID> all = allAccounts();
		URI uri = options.baseUrl().resolve("/api/v1/ledger/accounts");
		long start = System.nanoTime();
		int chunk = 8000;
		int created = 0;
		int existing = 0;
		for (int from = 0; from < all.size(); from += chunk) {
			String body = accountsBody(all.subList(from, Math.min(all.size(), from + chunk)));
			HttpResponse<String> response;
			try {
				response = client.send(post(uri, body, Duration.ofSeconds(120)), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new SetupException("POST " + uri + " failed: " + ex);
			}
			if (response.statusCode() != 200) {
				throw new SetupException("POST " + uri + " answered " + response.statusCode() + ": "
						+ LoadGenerator.truncate(response.body(), 2000));
			}
			Map<String, Long> results = new TreeMap<>();
			countResults(response.body(), results);
			created += results.getOrDefault("ok", 0L).intValue();
			existing += results.getOrDefault("exists", 0L).intValue();
			results.remove("ok");
			results.remove("exists");
			if (!results.isEmpty()) {
				throw new SetupException("opening accounts answered " + results + ": "
						+ LoadGenerator.truncate(response.body(), 2000));
			}
		}
		System.out.printf(Locale.ROOT, "# setup: %d accounts (%d new, %d existing, fee account %s) in %.1f s%n",
				all.size(), created, existing, feeAccount(), (System.nanoTime() - start) / 1e9);
		System.out.flush();
	}

	@Override
	public Call next(boolean measured) {
		String body = nextTransfers();
		return new Call(post(transfersUri, body, Duration.ofSeconds(options.timeoutSeconds())),
				LoadGenerator.truncate(body, 400));
	}

	/** 200 with a result per transfer; transfers not "ok" are counted by result and sampled. */
	@Override
	public Outcome judge(Call call, HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			return Outcome.error("HTTP " + response.statusCode() + ": " + LoadGenerator.truncate(response.body(), 1000));
		}
		Map<String, Long> counts = new TreeMap<>();
		countResults(response.body(), counts);
		boolean allOk = counts.keySet().stream().allMatch(result -> result.equals("ok"));
		return new Outcome(true, counts, allOk ? null
				: "transfers not applied " + counts + ": " + LoadGenerator.truncate(response.body(), 600));
	}

	/** Counts the {@code "result"} values of an answer such as {@code [{"id":"…","result":"ok"}, …]}. */
	static void countResults(String body, Map<String, Long> counts) {
		String key = "\"result\":\"";
		int at = body.indexOf(key);
		while (at >= 0) {
			int start = at + key.length();
			int end = body.indexOf('"', start);
			if (end < 0) {
				break;
			}
			counts.merge(body.substring(start, end), 1L, Long::sum);
			at = body.indexOf(key, end);
		}
	}

	private HttpRequest post(URI uri, String body, Duration timeout) {
		return HttpRequest.newBuilder(uri)
			.timeout(timeout)
			.header("Authorization", "Bearer " + options.token())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String accountsBody(List<UUID> chunk) {
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
	private String nextTransfers() {
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
