package dev.plaza.sims.cardprocessor;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the simulated processor behaves.
 *
 * @param port port on 127.0.0.1; 0 picks a free one
 * @param apiKey the secret key callers must send as {@code Authorization: Bearer <apiKey>}
 * @param webhookUrl where events are POSTed; null keeps them unsent until one is set
 * @param webhookSecret signs every webhook (HMAC-SHA256, see {@link WebhookSignature})
 * @param latency added before every API answer, as a real processor's network and work would
 * @param slowAnswerDelay how long {@code tok_timeout} keeps its caller waiting for an answer
 * @param pendingDelay how long a {@code tok_pending} charge stays pending before it succeeds
 * @param webhookAttempts deliveries tried per event until the receiver answers 2xx
 * @param webhookRetryDelay wait before the second attempt, doubled before each further one
 */
public record Settings(int port, String apiKey, URI webhookUrl, String webhookSecret, Duration latency,
		Duration slowAnswerDelay, Duration pendingDelay, int webhookAttempts, Duration webhookRetryDelay) {

	public Settings {
		Objects.requireNonNull(apiKey, "apiKey");
		Objects.requireNonNull(webhookSecret, "webhookSecret");
		Objects.requireNonNull(latency, "latency");
		Objects.requireNonNull(slowAnswerDelay, "slowAnswerDelay");
		Objects.requireNonNull(pendingDelay, "pendingDelay");
		Objects.requireNonNull(webhookRetryDelay, "webhookRetryDelay");
		if (webhookAttempts < 1) {
			throw new IllegalArgumentException("webhookAttempts must be at least 1");
		}
	}

	/** A free port, no added latency, {@code tok_timeout} answering after 5 s, pending charges settling after 1 s. */
	public static Settings defaults() {
		return new Settings(0, "sk_test_plaza", null, "whsec_test_plaza", Duration.ZERO, Duration.ofSeconds(5),
				Duration.ofSeconds(1), 4, Duration.ofMillis(250));
	}

	public Settings withPort(int port) {
		return new Settings(port, apiKey, webhookUrl, webhookSecret, latency, slowAnswerDelay, pendingDelay, webhookAttempts,
				webhookRetryDelay);
	}

	public Settings withApiKey(String apiKey) {
		return new Settings(port, apiKey, webhookUrl, webhookSecret, latency, slowAnswerDelay, pendingDelay, webhookAttempts,
				webhookRetryDelay);
	}

	public Settings withWebhookUrl(URI webhookUrl) {
		return new Settings(port, apiKey, webhookUrl, webhookSecret, latency, slowAnswerDelay, pendingDelay, webhookAttempts,
				webhookRetryDelay);
	}

	public Settings withWebhookSecret(String webhookSecret) {
		return new Settings(port, apiKey, webhookUrl, webhookSecret, latency, slowAnswerDelay, pendingDelay, webhookAttempts,
				webhookRetryDelay);
	}

	public Settings withLatency(Duration latency) {
		return new Settings(port, apiKey, webhookUrl, webhookSecret, latency, slowAnswerDelay, pendingDelay, webhookAttempts,
				webhookRetryDelay);
	}

	public Settings withSlowAnswerDelay(Duration slowAnswerDelay) {
		return new Settings(port, apiKey, webhookUrl, webhookSecret, latency, slowAnswerDelay, pendingDelay, webhookAttempts,
				webhookRetryDelay);
	}

	public Settings withPendingDelay(Duration pendingDelay) {
		return new Settings(port, apiKey, webhookUrl, webhookSecret, latency, slowAnswerDelay, pendingDelay, webhookAttempts,
				webhookRetryDelay);
	}

	public Settings withWebhookRetries(int attempts, Duration firstDelay) {
		return new Settings(port, apiKey, webhookUrl, webhookSecret, latency, slowAnswerDelay, pendingDelay, attempts, firstDelay);
	}
}
