package dev.plaza.sims.creditbureau;

import java.time.Duration;
import java.util.Objects;

/**
 * How the simulated credit bureau behaves. The rates apply to every question at random, for load runs;
 * tests choose behaviour per applicant with the markers of {@link Markers} instead.
 *
 * @param port port on 127.0.0.1; 0 picks a free one
 * @param latency added before every answer, as a real bureau's network and look-ups would
 * @param jitter up to this much more, at random, on top of {@code latency}
 * @param slowDelay how long a question chosen to time out keeps its caller waiting before it is answered
 * @param faultRate share of questions answered with a retryable Server fault, from 0 to 1
 * @param timeoutRate share of questions answered only after {@code slowDelay}, from 0 to 1
 */
public record Settings(int port, Duration latency, Duration jitter, Duration slowDelay, double faultRate,
		double timeoutRate) {

	public Settings {
		Objects.requireNonNull(latency, "latency");
		Objects.requireNonNull(jitter, "jitter");
		Objects.requireNonNull(slowDelay, "slowDelay");
		requireRate("faultRate", faultRate);
		requireRate("timeoutRate", timeoutRate);
	}

	/** A free port, no latency, no random faults or timeouts, and a slow answer after 5 s. */
	public static Settings defaults() {
		return new Settings(0, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5), 0, 0);
	}

	public Settings withPort(int port) {
		return new Settings(port, latency, jitter, slowDelay, faultRate, timeoutRate);
	}

	public Settings withLatency(Duration latency, Duration jitter) {
		return new Settings(port, latency, jitter, slowDelay, faultRate, timeoutRate);
	}

	public Settings withSlowDelay(Duration slowDelay) {
		return new Settings(port, latency, jitter, slowDelay, faultRate, timeoutRate);
	}

	public Settings withFaultRate(double faultRate) {
		return new Settings(port, latency, jitter, slowDelay, faultRate, timeoutRate);
	}

	public Settings withTimeoutRate(double timeoutRate) {
		return new Settings(port, latency, jitter, slowDelay, faultRate, timeoutRate);
	}

	private static void requireRate(String name, double rate) {
		if (!(rate >= 0 && rate <= 1)) {
			throw new IllegalArgumentException(name + " must lie between 0 and 1, got " + rate);
		}
	}
}
