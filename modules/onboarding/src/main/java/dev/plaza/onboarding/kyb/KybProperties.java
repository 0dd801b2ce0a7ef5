package dev.plaza.onboarding.kyb;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Plaza asks the KYB provider.
 *
 * @param target the provider's gRPC address, such as {@code kyb.example:443} or {@code dns:///kyb.example:443};
 * the standalone app starts its bundled simulator when none is set
 * @param apiKey Plaza's key at the provider, sent as {@code x-api-key}
 * @param plaintext talk without TLS: only for the bundled simulator and tests
 * @param deadline the longest one attempt may take; the provider answers a repeated request id from its
 * record, so an attempt cut short is safe to repeat
 * @param maxAttempts attempts per verification, the first included; after the last the item fails
 * (dead letter) until someone retries it
 * @param maxConcurrentCalls calls in flight at once from this instance; keep it within the provider's
 * per-client limit, or the provider sheds the excess
 */
@ConfigurationProperties("plaza.onboarding.kyb")
record KybProperties(String target, @DefaultValue("") String apiKey, @DefaultValue("false") boolean plaintext,
		@DefaultValue("2s") Duration deadline, @DefaultValue("5") int maxAttempts, @DefaultValue Backoff backoff,
		@DefaultValue RetryBudget retryBudget, @DefaultValue Circuit circuit, @DefaultValue("16") int maxConcurrentCalls) {

	KybProperties {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("plaza.onboarding.kyb.max-attempts must be at least 1, got " + maxAttempts);
		}
		if (maxConcurrentCalls < 1) {
			throw new IllegalArgumentException(
					"plaza.onboarding.kyb.max-concurrent-calls must be at least 1, got " + maxConcurrentCalls);
		}
	}

	/**
	 * The wait before a retry: a random share (full jitter) of {@code initial} doubled per attempt made,
	 * capped at {@code max}, and never shorter than the provider's retry-after hint.
	 *
	 * @param max also the longest retry-after hint waited for inside one verification; a longer one
	 * defers the item instead of holding a worker
	 */
	record Backoff(@DefaultValue("100ms") Duration initial, @DefaultValue("5s") Duration max) {
	}

	/**
	 * Retries may be at most {@code ratio} of verifications, plus a {@code reserve} for a quiet start
	 * (also the most the budget saves up): a provider failing most calls is not asked twice as often.
	 * A retryable failure with the budget spent defers the item.
	 */
	record RetryBudget(@DefaultValue("0.2") double ratio, @DefaultValue("10") int reserve) {
	}

	/**
	 * Attempts fail fast, without reaching the provider, for {@code openFor} once {@code failureRate}
	 * percent of the last {@code window} attempts (at least {@code minimumCalls}) failed to get an answer;
	 * verifications meanwhile are deferred.
	 */
	record Circuit(@DefaultValue("50") float failureRate, @DefaultValue("20") int window,
			@DefaultValue("10") int minimumCalls, @DefaultValue("10s") Duration openFor) {
	}
}
