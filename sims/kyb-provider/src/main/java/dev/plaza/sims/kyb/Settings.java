package dev.plaza.sims.kyb;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the simulated KYB provider behaves. The rates apply to every question at random, for load runs;
 * tests choose behaviour per business with the markers of {@link Trigger} instead.
 *
 * @param port port on 127.0.0.1; 0 picks a free one
 * @param apiKeys the keys callers may send as {@code x-api-key}; each key is one client
 * @param latency added before every answer, as a real provider's network and register look-ups would
 * @param jitter up to this much more, at random, on top of {@code latency}
 * @param slowDelay how long a {@code [slow]} business keeps its caller waiting, on top of the latency
 * @param transientFailureRate share of questions answered {@code UNAVAILABLE}, from 0 to 1
 * @param exhaustedRate share of questions answered {@code RESOURCE_EXHAUSTED}, from 0 to 1
 * @param duplicateRate share of verdicts delivered twice on the stream, from 0 to 1
 * @param retryAfter the delay a {@code RESOURCE_EXHAUSTED} answer asks the caller to wait
 * @param maxConcurrentPerClient verifications one API key may have in flight; more are refused
 * {@code RESOURCE_EXHAUSTED}
 * @param sanctionedNames legal names on the sanctions list (compared ignoring case), always rejected
 */
public record Settings(int port, Set<String> apiKeys, Duration latency, Duration jitter, Duration slowDelay,
		double transientFailureRate, double exhaustedRate, double duplicateRate, Duration retryAfter,
		int maxConcurrentPerClient, Set<String> sanctionedNames) {

	public Settings {
		apiKeys = Set.copyOf(apiKeys);
		sanctionedNames = Set.copyOf(sanctionedNames);
		Objects.requireNonNull(latency, "latency");
		Objects.requireNonNull(jitter, "jitter");
		Objects.requireNonNull(slowDelay, "slowDelay");
		Objects.requireNonNull(retryAfter, "retryAfter");
		requireRate("transientFailureRate", transientFailureRate);
		requireRate("exhaustedRate", exhaustedRate);
		requireRate("duplicateRate", duplicateRate);
		if (maxConcurrentPerClient < 1) {
			throw new IllegalArgumentException("maxConcurrentPerClient must be at least 1");
		}
	}

	/**
	 * A free port, the key {@code kyb_test_plaza}, no latency and no random failures, {@code [slow]}
	 * answering after 5 s, a retry-after hint of 200 ms, 16 verifications in flight per client, and
	 * one sanctioned name, {@code Sanctioned Trading Ltd}.
	 */
	public static Settings defaults() {
		return new Settings(0, Set.of("kyb_test_plaza"), Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5), 0, 0, 0,
				Duration.ofMillis(200), 16, Set.of("Sanctioned Trading Ltd"));
	}

	public Settings withPort(int port) {
		return new Settings(port, apiKeys, latency, jitter, slowDelay, transientFailureRate, exhaustedRate, duplicateRate,
				retryAfter, maxConcurrentPerClient, sanctionedNames);
	}

	public Settings withApiKeys(Set<String> apiKeys) {
		return new Settings(port, apiKeys, latency, jitter, slowDelay, transientFailureRate, exhaustedRate, duplicateRate,
				retryAfter, maxConcurrentPerClient, sanctionedNames);
	}

	public Settings withLatency(Duration latency, Duration jitter) {
		return new Settings(port, apiKeys, latency, jitter, slowDelay, transientFailureRate, exhaustedRate, duplicateRate,
				retryAfter, maxConcurrentPerClient, sanctionedNames);
	}

	public Settings withSlowDelay(Duration slowDelay) {
		return new Settings(port, apiKeys, latency, jitter, slowDelay, transientFailureRate, exhaustedRate, duplicateRate,
				retryAfter, maxConcurrentPerClient, sanctionedNames);
	}

	public Settings withTransientFailureRate(double transientFailureRate) {
		return new Settings(port, apiKeys, latency, jitter, slowDelay, transientFailureRate, exhaustedRate, duplicateRate,
				retryAfter, maxConcurrentPerClient, sanctionedNames);
	}

	public Settings withExhaustedRate(double exhaustedRate) {
		return new Settings(port, apiKeys, latency, jitter, slowDelay, transientFailureRate, exhaustedRate, duplicateRate,
				retryAfter, maxConcurrentPerClient, sanctionedNames);
	}

	public Settings withDuplicateRate(double duplicateRate) {
		return new Settings(port, apiKeys, latency, jitter, slowDelay, transientFailureRate, exhaustedRate, duplicateRate,
				retryAfter, maxConcurrentPerClient, sanctionedNames);
	}

	public Settings withRetryAfter(Duration retryAfter) {
		return new Settings(port, apiKeys, latency, jitter, slowDelay, transientFailureRate, exhaustedRate, duplicateRate,
				retryAfter, maxConcurrentPerClient, sanctionedNames);
	}

	public Settings withMaxConcurrentPerClient(int maxConcurrentPerClient) {
		return new Settings(port, apiKeys, latency, jitter, slowDelay, transientFailureRate, exhaustedRate, duplicateRate,
				retryAfter, maxConcurrentPerClient, sanctionedNames);
	}

	public Settings withSanctionedNames(Set<String> sanctionedNames) {
		return new Settings(port, apiKeys, latency, jitter, slowDelay, transientFailureRate, exhaustedRate, duplicateRate,
				retryAfter, maxConcurrentPerClient, sanctionedNames);
	}

	private static void requireRate(String name, double rate) {
		if (!(rate >= 0 && rate <= 1)) {
			throw new IllegalArgumentException(name + " must lie between 0 and 1, got " + rate);
		}
	}
}
