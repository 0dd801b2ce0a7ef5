package dev.plaza.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-model load generator for Plaza's APIs (the ledger's, the cinema's search, holds and
 * pages, and the shop's checkout; see {@link Scenario}): request i is due at {@code t0 + i/rate} and is
 * sent then, whether or not earlier requests have been answered (up to {@code --max-in-flight}
 * outstanding; a request due beyond that is not sent and counts as an error). Each latency runs
 * from the request's intended time, not from when it was actually sent, so a stalled server is
 * charged for every request that queued behind the stall (no coordinated omission).
 *
 * <p>The first {@code --warmup} seconds run at the same rate and are not measured; the next
 * {@code --duration} seconds are. Only requests due inside that window count, wherever their
 * answers fall.
 */
public final class LoadGenerator {

	private static final long NANOS = 1_000_000_000L;

	private final Options options;

	private final HttpClient client;

	private final ExecutorService httpExecutor;

	private final Workload workload;

	private final Stats stats = new Stats();

	private final AtomicInteger inFlight = new AtomicInteger();

	private LoadGenerator(Options options) {
		this.options = options;
		// A few platform threads run the client's completions; HTTP/1.1 opens one connection per
		// concurrent request and keeps them alive for reuse, so the pool grows to the concurrency.
		this.httpExecutor = Executors.newFixedThreadPool(4, runnable -> {
			Thread thread = new Thread(runnable, "http");
			thread.setDaemon(true);
			return thread;
		});
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(httpExecutor)
			.build();
		this.workload = switch (options.scenario()) {
			case BATCHED, SINGLE, HOT -> new LedgerTransfers(options);
			case SEARCH -> new ShowtimeSearches(options);
			case HOLDS -> new SeatHoldStorm(options);
			case PAGE -> new CityPages(options);
			case CHECKOUT -> new Checkouts(options);
			case PRODUCTS -> new ProductReads(options);
			case REPAYMENTS -> new LoanRepayments(options);
			case APPLICATIONS -> new LoanApplications(options);
		};
	}

	public static void main(String[] args) {
		// Customers reach a storefront by its domain: the cinema scenarios send it as Host, which the
		// JDK client refuses unless allowed before its first use.
		System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (Options.UsageException | IllegalArgumentException ex) {
			if (ex.getMessage() != null) {
				System.err.println("loadgen: " + ex.getMessage());
			}
			System.err.print(Options.USAGE);
			System.exit(ex.getMessage() == null ? 0 : 2);
			return;
		}
		LoadGenerator generator = new LoadGenerator(options);
		int status;
		try {
			generator.workload.setUp(generator.client);
			generator.run();
			status = 0;
		}
		catch (Workload.SetupException ex) {
			System.err.println("loadgen: setup failed: " + ex.getMessage());
			status = 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			status = 130;
		}
		System.out.flush();
		System.exit(status);
	}

	private void run() throws InterruptedException {
		Options o = options;
		double intervalNanos = NANOS / o.rate();
		long t0 = System.nanoTime() + 100_000_000L;
		long measureStart = t0 + o.warmupSeconds() * NANOS;
		long measureEnd = measureStart + o.durationSeconds() * NANOS;
		System.out.printf(Locale.ROOT, "# %s, warm-up %d s, measured %d s%n", workload.describe(), o.warmupSeconds(),
				o.durationSeconds());
		System.out.flush();
		Thread progress = o.progressSeconds() > 0 ? Thread.ofPlatform().daemon().start(() -> progress(t0, measureStart))
				: null;

		boolean measuring = false;
		long maxSendDelay = 0;
		for (long i = 0;; i++) {
			long intended = t0 + (long) (i * intervalNanos);
			if (intended >= measureEnd) {
				break;
			}
			long now = System.nanoTime();
			while (now < intended) {
				LockSupport.parkNanos(intended - now);
				now = System.nanoTime();
			}
			boolean measured = intended >= measureStart;
			if (measured && !measuring) {
				measuring = true;
				System.out.println("# measuring");
				System.out.flush();
			}
			if (inFlight.get() >= o.maxInFlight()) {
				if (measured) {
					stats.dropped.increment();
				}
				continue;
			}
			Workload.Call call = workload.next(measured);
			inFlight.incrementAndGet();
			if (measured) {
				stats.sent.increment();
				maxSendDelay = Math.max(maxSendDelay, System.nanoTime() - intended);
			}
			send(call, intended, measured);
		}
		System.out.println("# measured window over, waiting for " + inFlight.get() + " outstanding request(s)");
		System.out.flush();
		long drainDeadline = System.nanoTime() + (o.timeoutSeconds() + 5L) * NANOS;
		while (inFlight.get() > 0 && System.nanoTime() < drainDeadline) {
			Thread.sleep(10);
		}
		if (progress != null) {
			progress.interrupt();
		}
		Map<String, String> checks = workload.verify(client);
		Report report = stats.report(o, workload.unitsPerRequest(), measureStart, measureEnd, inFlight.get(),
				maxSendDelay, checks);
		report.print(System.out);
	}

	private void send(Workload.Call call, long intended, boolean measured) {
		client.sendAsync(call.request(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
			long done = System.nanoTime();
			try {
				stats.completedAll.increment();
				if (response != null) {
					workload.answered(call, response, measured);
				}
				if (measured) {
					stats.complete(workload, call, intended, done, response, failure);
				}
			}
			finally {
				inFlight.decrementAndGet();
			}
		});
	}

	private void progress(long t0, long measureStart) {
		long last = System.nanoTime();
		long lastCompleted = 0;
		try {
			while (true) {
				Thread.sleep(options.progressSeconds() * 1000L);
				long now = System.nanoTime();
				long completed = stats.completedAll.sum();
				System.out.printf(Locale.ROOT,
						"# %5.0f s %-8s answered %7.0f req/s, in flight %d, measured: sent %d, ok %d, errors %d%n",
						(now - t0) / 1e9, now < measureStart ? "warm-up" : "measured",
						(completed - lastCompleted) * 1e9 / (now - last), inFlight.get(), stats.sent.sum(),
						stats.okRequests.sum(), stats.errors());
				System.out.flush();
				last = now;
				lastCompleted = completed;
			}
		}
		catch (InterruptedException ex) {
			// run over
		}
	}

	static String fmt(double value) {
		return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
	}

	static String truncate(String text, int max) {
		if (text == null) {
			return "";
		}
		return text.length() <= max ? text : text.substring(0, max) + "... (" + text.length() + " chars)";
	}
}
