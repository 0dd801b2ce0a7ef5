package dev.plaza.bench;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** Counters and the latency histogram of the measured window, updated from the client's threads. */
final class Stats {

	private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(10);

	private static final int ERROR_SAMPLES = 3;

	/** Latency of answered 200 requests, from intended start to answer, in microseconds. */
	private final Recorder latency = new Recorder(1, MAX_LATENCY_MICROS, 3);

	final LongAdder completedAll = new LongAdder();

	final LongAdder sent = new LongAdder();

	final LongAdder dropped = new LongAdder();

	final LongAdder okRequests = new LongAdder();

	final LongAdder httpErrors = new LongAdder();

	final LongAdder ioErrors = new LongAdder();

	final LongAdder timeouts = new LongAdder();

	private final Map<String, LongAdder> results = new ConcurrentHashMap<>();

	private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

	private final AtomicLong lastAnswer = new AtomicLong(Long.MIN_VALUE);

	final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

	long errors() {
		return dropped.sum() + httpErrors.sum() + ioErrors.sum();
	}

	void complete(String requestBody, long intended, long done, HttpResponse<String> response, Throwable failure) {
		lastAnswer.accumulateAndGet(done, Math::max);
		if (failure != null) {
			ioErrors.increment();
			if (failure instanceof HttpTimeoutException || failure.getCause() instanceof HttpTimeoutException) {
				timeouts.increment();
			}
			sample("request failed: " + failure + "\n  request: " + LoadGenerator.truncate(requestBody, 400));
			return;
		}
		int status = response.statusCode();
		statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
		if (status != 200) {
			httpErrors.increment();
			sample("HTTP " + status + ": " + LoadGenerator.truncate(response.body(), 1000) + "\n  request: "
					+ LoadGenerator.truncate(requestBody, 400));
			return;
		}
		okRequests.increment();
		latency.recordValue(Math.min(MAX_LATENCY_MICROS, Math.max(1, (done - intended) / 1000)));
		Map<String, Long> counts = new TreeMap<>();
		countResults(response.body(), counts);
		counts.forEach((result, n) -> results.computeIfAbsent(result, r -> new LongAdder()).add(n));
		if (counts.keySet().stream().anyMatch(r -> !r.equals("ok")) && errorSamples.size() < ERROR_SAMPLES) {
			sample("transfers not applied " + counts + ": " + LoadGenerator.truncate(response.body(), 600)
					+ "\n  request: " + LoadGenerator.truncate(requestBody, 400));
		}
	}

	private void sample(String text) {
		if (errorSamples.size() < ERROR_SAMPLES) {
			errorSamples.add(text);
		}
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

	Report report(Options options, int transfersPerRequest, long measureStart, long measureEnd, int unfinished,
			long maxSendDelayNanos) {
		Histogram histogram = latency.getIntervalHistogram();
		long answeredAt = lastAnswer.get();
		// Requests due in the window may be answered after it ends: the achieved rate counts the
		// time until the last of them was answered, so a server that falls behind scores lower.
		long elapsed = Math.max(measureEnd, answeredAt == Long.MIN_VALUE ? measureEnd : answeredAt) - measureStart;
		Map<String, Long> resultCounts = new TreeMap<>();
		results.forEach((result, n) -> resultCounts.put(result, n.sum()));
		Map<Integer, Long> statusCounts = new TreeMap<>();
		statuses.forEach((status, n) -> statusCounts.put(status, n.sum()));
		return new Report(options, transfersPerRequest, elapsed / 1e9, sent.sum(), okRequests.sum(), httpErrors.sum(),
				ioErrors.sum(), timeouts.sum(), dropped.sum(), unfinished, resultCounts, statusCounts, histogram,
				maxSendDelayNanos / 1e6, errorSamples.stream().toList());
	}
}
