package dev.plaza.notifications.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.plaza.notifications.application.NotificationsProperties;
import dev.plaza.notifications.application.WebhookTargets;
import dev.plaza.notifications.domain.Backoff;
import dev.plaza.notifications.domain.WebhookSignature;
import dev.plaza.notifications.persistence.WebhookDeliveryRepository;
import dev.plaza.notifications.persistence.WebhookDeliveryRepository.Attempt;
import dev.plaza.notifications.persistence.WebhookDeliveryRepository.Claimed;
import dev.plaza.notifications.persistence.WebhookDeliveryRepository.Due;
import dev.plaza.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers due webhooks of every tenant, several at once. A delivery is claimed for a lease
 * longer than one attempt can take, so several instances never attempt it together; one that dies
 * mid-attempt leaves it due again when the lease runs out (receivers deduplicate by
 * {@code webhook-id}, which stays the same across attempts). Redirects are not followed: the
 * receiver must answer 2xx itself.
 */
@Component
public class DeliveryDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

	private static final int ERROR_EXCERPT = 300;

	private final WebhookDeliveryRepository deliveries;

	private final NotificationsProperties.Webhooks settings;

	private final Backoff backoff;

	private final Random random = new Random();

	private final HttpClient http;

	private final Worker worker;

	private final WebhookTargets targets;

	DeliveryDispatcher(WebhookDeliveryRepository deliveries, NotificationsProperties properties, WebhookTargets targets) {
		this.deliveries = deliveries;
		this.targets = targets;
		this.settings = properties.webhooks();
		this.backoff = settings.backoff();
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
		this.worker = new Worker("webhook-dispatcher", 1, properties.pollInterval(), this::deliverDue);
	}

	public void wake() {
		worker.wake();
	}

	private boolean deliverDue() {
		List<Claimed> due = deliveries.claimDue(settings.concurrency(), settings.lease());
		try (ExecutorService attempts = Executors.newVirtualThreadPerTaskExecutor()) {
			due.forEach(delivery -> attempts.submit(() -> TenantContext.runAs(delivery.tenant(), () -> deliver(delivery))));
		}
		return !due.isEmpty();
	}

	private void deliver(Claimed claimed) {
		try {
			deliveries.due(claimed.id()).ifPresent(due -> {
				if (due.endpointDeleted()) {
					deliveries.abandon(due.id());
					return;
				}
				Attempt attempt = attempt(due);
				Duration retryIn = attempt.succeeded() ? Duration.ZERO : backoff.delay(due.attempt(), random);
				deliveries.record(due, attempt, retryIn);
			});
		}
		catch (RuntimeException ex) {
			log.warn("Webhook delivery {} could not be attempted; it is due again after its lease", claimed.id(), ex);
		}
	}

	private Attempt attempt(Due due) {
		Instant at = Instant.now();
		long timestamp = at.getEpochSecond();
		String messageId = due.eventId().toString();
		Optional<String> refused = targets.refusal(due.url());
		if (refused.isPresent()) {
			return new Attempt(at, 0, null, "Not sent: " + refused.get());
		}
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(due.url()))
				.timeout(settings.timeout())
				.header("Content-Type", "application/json")
				.header("User-Agent", "Plaza-Webhooks/1")
				.header("webhook-id", messageId)
				.header("webhook-timestamp", Long.toString(timestamp))
				.header("webhook-signature", WebhookSignature.sign(due.secret(), messageId, timestamp, due.payload()))
				.POST(HttpRequest.BodyPublishers.ofString(due.payload(), StandardCharsets.UTF_8))
				.build();
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			String excerpt;
			try (InputStream body = response.body()) {
				excerpt = new String(body.readNBytes(ERROR_EXCERPT), StandardCharsets.UTF_8);
			}
			int code = response.statusCode();
			boolean ok = code >= 200 && code < 300;
			return new Attempt(at, millisSince(at), code, ok ? null : "Answered " + code + (excerpt.isBlank() ? "" : ": " + excerpt));
		}
		catch (IOException | IllegalArgumentException ex) {
			return new Attempt(at, millisSince(at), null, ex.getClass().getSimpleName()
					+ (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Attempt(at, millisSince(at), null, "Interrupted while the application stopped");
		}
	}

	private static long millisSince(Instant start) {
		return Duration.between(start, Instant.now()).toMillis();
	}

	@Override
	public void start() {
		worker.start();
	}

	@Override
	public void stop() {
		worker.stop();
	}

	@Override
	public boolean isRunning() {
		return worker.isRunning();
	}
}
