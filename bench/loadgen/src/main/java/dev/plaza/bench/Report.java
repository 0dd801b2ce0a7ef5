package dev.plaza.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.HdrHistogram.Histogram;

/** The results of the measured window: a human-readable summary, then one JSON line. */
record Report(Options options, int transfersPerRequest, double elapsedSeconds, long sent, long okRequests,
		long httpErrors, long ioErrors, long timeouts, long dropped, long unfinished, Map<String, Long> results,
		Map<Integer, Long> statuses, Histogram latency, double maxSendDelayMs, List<String> errorSamples,
		Map<String, String> checks) {

	long errors() {
		return httpErrors + ioErrors + dropped + unfinished;
	}

	long transfersOk() {
		return results.getOrDefault("ok", 0L);
	}

	long transfersNotOk() {
		return results.entrySet().stream().filter(e -> !e.getKey().equals("ok")).mapToLong(Map.Entry::getValue).sum();
	}

	double requestsPerSecond() {
		return okRequests / elapsedSeconds;
	}

	double transfersPerSecond() {
		return transfersOk() / elapsedSeconds;
	}

	private double ms(double percentile) {
		return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
	}

	void print(PrintStream out) {
		Options o = options;
		double offered = o.rate() * transfersPerRequest;
		if (o.scenario().isLedger()) {
			out.printf(Locale.ROOT, "%n== %s: offered %s requests/s = %s transfers/s for %d s (after %d s warm-up)%n",
					o.scenario().label(), LoadGenerator.fmt(o.rate()), LoadGenerator.fmt(offered), o.durationSeconds(),
					o.warmupSeconds());
			out.printf(Locale.ROOT, "   achieved   %s requests/s, %s transfers/s applied (\"ok\")%n",
					LoadGenerator.fmt(requestsPerSecond()), LoadGenerator.fmt(transfersPerSecond()));
		}
		else {
			out.printf(Locale.ROOT, "%n== %s: offered %s requests/s for %d s (after %d s warm-up)%n", o.scenario().label(),
					LoadGenerator.fmt(o.rate()), o.durationSeconds(), o.warmupSeconds());
			out.printf(Locale.ROOT, "   achieved   %s requests/s answered as the API promises%n",
					LoadGenerator.fmt(requestsPerSecond()));
		}
		out.printf(Locale.ROOT,
				"   latency    P50 %.1f ms, P95 %.1f ms, P99 %.1f ms, P99.9 %.1f ms, max %.1f ms, mean %.1f ms "
						+ "(from intended send time, %d answers)%n",
				ms(50), ms(95), ms(99), ms(99.9), latency.getTotalCount() == 0 ? Double.NaN : latency.getMaxValue() / 1000.0,
				latency.getTotalCount() == 0 ? Double.NaN : latency.getMean() / 1000.0, latency.getTotalCount());
		out.printf(Locale.ROOT,
				"   requests   due %d, sent %d, answered %d; errors %d (HTTP %d, I/O %d of which timeouts %d, "
						+ "not sent because %d were in flight %d, unanswered at the end %d)%n",
				sent + dropped, sent, okRequests, errors(), httpErrors, ioErrors, timeouts, o.maxInFlight(), dropped,
				unfinished);
		out.printf(Locale.ROOT, "   %-10s results %s; HTTP statuses %s%n", options.scenario().isLedger() ? "transfers" : "answers",
				results, statuses);
		checks.forEach((name, value) -> out.printf(Locale.ROOT, "   check      %s = %s%n", name, value));
		out.printf(Locale.ROOT, "   generator  sent at most %.1f ms after the intended time%n", maxSendDelayMs);
		for (String sample : errorSamples) {
			out.println("   error      " + sample);
		}
		out.println(json());
		out.flush();
	}

	String json() {
		Options o = options;
		StringBuilder json = new StringBuilder("{");
		field(json, "scenario", "\"" + o.scenario().label() + "\"");
		field(json, "offeredRequestsPerSec", num(o.rate()));
		field(json, "offeredTransfersPerSec", num(o.rate() * transfersPerRequest));
		field(json, "batch", Integer.toString(transfersPerRequest));
		field(json, "accounts", Integer.toString(o.accounts()));
		field(json, "seed", Long.toString(o.seed()));
		field(json, "durationSec", Integer.toString(o.durationSeconds()));
		field(json, "warmupSec", Integer.toString(o.warmupSeconds()));
		field(json, "elapsedSec", num(elapsedSeconds));
		field(json, "requestsDue", Long.toString(sent + dropped));
		field(json, "requestsSent", Long.toString(sent));
		field(json, "requestsOk", Long.toString(okRequests));
		field(json, "requestsPerSec", num(requestsPerSecond()));
		field(json, "transfersOk", Long.toString(transfersOk()));
		field(json, "transfersNotOk", Long.toString(transfersNotOk()));
		field(json, "transfersPerSec", num(transfersPerSecond()));
		field(json, "errors", Long.toString(errors()));
		field(json, "httpErrors", Long.toString(httpErrors));
		field(json, "ioErrors", Long.toString(ioErrors));
		field(json, "timeouts", Long.toString(timeouts));
		field(json, "dropped", Long.toString(dropped));
		field(json, "unfinished", Long.toString(unfinished));
		field(json, "p50Ms", num(ms(50)));
		field(json, "p95Ms", num(ms(95)));
		field(json, "p99Ms", num(ms(99)));
		field(json, "p999Ms", num(ms(99.9)));
		field(json, "maxMs", num(latency.getTotalCount() == 0 ? Double.NaN : latency.getMaxValue() / 1000.0));
		field(json, "meanMs", num(latency.getTotalCount() == 0 ? Double.NaN : latency.getMean() / 1000.0));
		field(json, "maxSendDelayMs", num(maxSendDelayMs));
		field(json, "results", results.entrySet().stream()
			.map(e -> "\"" + e.getKey() + "\":" + e.getValue())
			.collect(Collectors.joining(",", "{", "}")));
		field(json, "statuses", statuses.entrySet().stream()
			.map(e -> "\"" + e.getKey() + "\":" + e.getValue())
			.collect(Collectors.joining(",", "{", "}")));
		checks.forEach((name, value) -> field(json, name, value));
		json.setLength(json.length() - 1);
		return json.append('}').toString();
	}

	private static void field(StringBuilder json, String name, String value) {
		json.append('"').append(name).append("\":").append(value).append(',');
	}

	private static String num(double value) {
		return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "null";
	}
}
