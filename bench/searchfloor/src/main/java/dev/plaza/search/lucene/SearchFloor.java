package dev.plaza.search.lucene;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import dev.plaza.bench.CatalogNames;
import dev.plaza.bench.SearchMix;
import dev.plaza.platform.TenantId;
import dev.plaza.search.SearchParameters;
import dev.plaza.search.SearchResult;
import org.HdrHistogram.Recorder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search engine's floor: the search benchmark's queries ({@link SearchMix}, same seed) run by
 * the catalog's own Lucene adapter on a copy of Plaza's index, without HTTP, Spring or JSON answers,
 * at the same fixed arrival rate. Latency runs from each query's intended start, as in the load
 * generator; {@code --threads} workers stand in for Plaza's request threads.
 *
 * <p>It lives in the adapter's package because the adapter is, rightly, not public.
 *
 * <pre>java -jar plaza-searchfloor.jar INDEX-COPY CATALOG-NAMES TENANT RATE WARMUP DURATION SEED THREADS</pre>
 */
public final class SearchFloor {

	private static final long NANOS = 1_000_000_000L;

	public static void main(String[] args) throws Exception {
		if (args.length != 8) {
			System.err.println("usage: SearchFloor index-copy catalog-names tenant rate warmup-s duration-s seed threads");
			System.exit(2);
		}
		Path index = Path.of(args[0]);
		SearchMix mix = new SearchMix(CatalogNames.read(Path.of(args[1])), Long.parseLong(args[6]));
		TenantId tenant = TenantId.of(args[2]);
		double rate = Double.parseDouble(args[3]);
		int warmup = Integer.parseInt(args[4]);
		int duration = Integer.parseInt(args[5]);
		int threads = Integer.parseInt(args[7]);
		Recorder latency = new Recorder(1, TimeUnit.MINUTES.toMicros(10), 3);
		LongAdder answered = new LongAdder();
		LongAdder found = new LongAdder();
		LongAdder errors = new LongAdder();
		try (LuceneShowtimeSearch search = new LuceneShowtimeSearch(index, JsonMapper.builder().build())) {
			ExecutorService workers = Executors.newFixedThreadPool(threads);
			long t0 = System.nanoTime() + 100_000_000L;
			long measureStart = t0 + warmup * NANOS;
			long measureEnd = measureStart + duration * NANOS;
			System.out.printf(Locale.ROOT, "# floor: %.1f searches/s through the Lucene adapter, %d threads, warm-up %d s, measured %d s%n",
					rate, threads, warmup, duration);
			boolean measuring = false;
			long due = 0;
			for (long i = 0;; i++) {
				long intended = t0 + (long) (i * (NANOS / rate));
				if (intended >= measureEnd) {
					break;
				}
				while (System.nanoTime() < intended) {
					LockSupport.parkNanos(intended - System.nanoTime());
				}
				boolean measured = intended >= measureStart;
				due += measured ? 1 : 0;
				if (measured && !measuring) {
					measuring = true;
					System.out.println("# measuring");
					System.out.flush();
				}
				Map<String, String> p = mix.next();
				SearchParameters parameters = new SearchParameters(p.get("q"), p.get("city"), p.get("cinema"),
						p.get("roomType"), p.get("date"), p.get("movie"), p.get("language"), null, null);
				workers.execute(() -> {
					try {
						SearchResult result = search.search(tenant, parameters.toQuery(Instant.now()));
						if (measured) {
							latency.recordValue(Math.max(1, (System.nanoTime() - intended) / 1000));
							answered.increment();
							if (result.total() > 0) {
								found.increment();
							}
						}
					}
					catch (RuntimeException ex) {
						if (measured) {
							errors.increment();
						}
						System.out.println("# error: " + ex + " for " + p);
					}
				});
			}
			System.out.println("# measured window over");
			System.out.flush();
			workers.shutdown();
			// Searches still queued a minute after the window are not answered: counted as errors, like
			// the load generator's requests outstanding at its end.
			workers.awaitTermination(60, TimeUnit.SECONDS);
			workers.shutdownNow();
			// The script samples this process's CPU when it reads the line above: stay alive until it has.
			Thread.sleep(2000);
			var histogram = latency.getIntervalHistogram();
			Map<String, String> json = new LinkedHashMap<>();
			json.put("offeredRequestsPerSec", num(rate));
			json.put("requestsPerSec", num(answered.sum() / (double) duration));
			json.put("requestsOk", Long.toString(answered.sum()));
			json.put("found", Long.toString(found.sum()));
			json.put("requestsDue", Long.toString(due));
			json.put("errors", Long.toString(due - answered.sum()));
			json.put("p50Ms", num(histogram.getValueAtPercentile(50) / 1000.0));
			json.put("p95Ms", num(histogram.getValueAtPercentile(95) / 1000.0));
			json.put("p99Ms", num(histogram.getValueAtPercentile(99) / 1000.0));
			json.put("maxMs", num(histogram.getMaxValue() / 1000.0));
			System.out.printf(Locale.ROOT, "== floor: %d searches answered (%d found something), %d errors or unanswered; P50 %s ms, P95 %s ms, P99 %s ms%n",
					answered.sum(), found.sum(), due - answered.sum(), json.get("p50Ms"), json.get("p95Ms"), json.get("p99Ms"));
			StringBuilder line = new StringBuilder("{\"scenario\":\"floor\"");
			json.forEach((k, v) -> line.append(",\"").append(k).append("\":").append(v));
			System.out.println(line.append('}'));
		}
	}

	private static String num(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}
}
