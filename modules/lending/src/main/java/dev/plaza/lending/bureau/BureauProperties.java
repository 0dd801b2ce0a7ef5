package dev.plaza.lending.bureau;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Plaza asks the credit bureau.
 *
 * @param url the bureau's SOAP endpoint, such as {@code https://bureau.example/credit-bureau}; the standalone
 * app starts its bundled simulator when none is set
 * @param connectTimeout the longest wait for a connection to the bureau
 * @param attemptTimeout the longest one attempt may take, connection included; the bureau answers a repeated
 * request id with its first answer, so an attempt cut short is safe to repeat
 * @param maxAttempts attempts per check, the first included; after the last failed one the check is
 * {@code Unavailable}
 */
@ConfigurationProperties("plaza.lending.bureau")
record BureauProperties(String url, @DefaultValue("1s") Duration connectTimeout,
		@DefaultValue("2s") Duration attemptTimeout, @DefaultValue("3") int maxAttempts, @DefaultValue Backoff backoff) {

	BureauProperties {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("plaza.lending.bureau.max-attempts must be at least 1, got " + maxAttempts);
		}
	}

	/**
	 * The wait before a retry: a uniformly random time (full jitter) between zero and {@code initial}
	 * doubled per failed attempt, capped at {@code max}, so the retries of many checks spread out instead of
	 * arriving together.
	 */
	record Backoff(@DefaultValue("100ms") Duration initial, @DefaultValue("2s") Duration max) {
	}
}
