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

	void complete(Workload workload, Workload.Call call, long intended, long done, HttpResponse<String> response,
			Throwable failure) {
		lastAnswer.accumulateAndGet(done, Math::max);
		if (failure != null) {
			ioErrors.increment();
			if (failure instanceof HttpTimeoutException || failure.getCause() instanceof HttpTimeoutException) {
				timeouts.increment();
			}
			sample("request failed: " + failure + "\n  request: " + call.summary());
			return;
		}
		statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder()).increment();
		Workload.Outcome outcome = workload.judge(call, response);
		if (!outcome.answered()) {
			httpErrors.increment();
			sample(outcome.note() + "\n  request: " + call.summary());
			return;
		}
		okRequests.increment();
		latency.recordValue(Math.min(MAX_LATENCY_MICROS, Math.max(1, (done - intended) / 1000)));
		outcome.results().forEach((result, n) -> results.computeIfAbsent(result, r -> new LongAdder()).add(n));
		if (outcome.note() != null) {
			sample(outcome.note() + "\n  request: " + call.summary());
		}
	}

	private void sample(String text) {
		if (errorSamples.size() < ERROR_SAMPLES) {
			errorSamples.add(text);
		}
	}

	Report report(Options options, int transfersPerRequest, long measureStart, long measureEnd, int unfinished,
			long maxSendDelayNanos, Map<String, String> checks) {
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
				maxSendDelayNanos / 1e6, errorSamples.stream().toList(), checks);
	}
}
