package dev.plaza.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * The requests of one scenario and what their answers mean. The generator asks for the next request
 * when it is due, from its one scheduling thread, and judges answers from the client's threads.
 */
interface Workload {

	/** One line saying what is offered, printed before the run. */
	String describe();

	/** How many units (transfers) each request carries; 1 unless it batches. */
	default int unitsPerRequest() {
		return 1;
	}

	/** Prepares what the requests need (accounts to exist, names to read); runs once before the load. */
	default void setUp(HttpClient client) throws SetupException, InterruptedException {
	}

	/** The next request; {@code measured} says whether it falls in the measured window. Scheduler thread only. */
	Call next(boolean measured);

	/** What an answer means: counted among the answers (its latency recorded) or an error. */
	Outcome judge(Call call, HttpResponse<String> response);

	/**
	 * Every answer, warm-up ones included, before a measured one is judged: a workload whose requests
	 * start more work (a checkout, then its payment) starts it here. Called from the client's threads.
	 */
	default void answered(Call call, HttpResponse<String> response, boolean measured) {
	}

	/** Checks made after the run from the answers and from Plaza, as JSON fields for the report (or none). */
	default Map<String, String> verify(HttpClient client) throws InterruptedException {
		return Map.of();
	}

	/** A request and the text that describes it in error samples. */
	record Call(HttpRequest request, String summary) {
	}

	/**
	 * How an answer counted.
	 *
	 * @param answered whether it is one of the answers the API promises for this request (its latency counts)
	 * @param results what it said, by name and count (transfers by result, holds as held or taken, ...)
	 * @param note why it deserves a sample in the report, or null
	 */
	record Outcome(boolean answered, Map<String, Long> results, String note) {

		static Outcome ok(String result) {
			return new Outcome(true, Map.of(result, 1L), null);
		}

		static Outcome error(String note) {
			return new Outcome(false, Map.of(), note);
		}
	}

	/** The workload could not be prepared. */
	final class SetupException extends Exception {

		SetupException(String message) {
			super(message);
		}
	}
}
