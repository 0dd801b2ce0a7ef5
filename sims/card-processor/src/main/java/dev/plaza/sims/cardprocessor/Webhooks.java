package dev.plaza.sims.cardprocessor;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Announces charge outcomes to the receiver: each event is POSTed signed (see {@link WebhookSignature})
 * and tried again, with a doubling wait, until the receiver answers 2xx or the attempts run out. Events
 * announced before a receiver is known wait for one.
 */
final class Webhooks {

	private static final System.Logger log = System.getLogger(Webhooks.class.getName());

	private final Settings settings;

	private final ExecutorService deliveries;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final List<Runnable> waiting = new ArrayList<>();

	private URI receiver;

	Webhooks(Settings settings, ExecutorService deliveries) {
		this.settings = settings;
		this.deliveries = deliveries;
		this.receiver = settings.webhookUrl();
	}

	synchronized void sendTo(URI url) {
		this.receiver = url;
		waiting.forEach(deliveries::execute);
		waiting.clear();
	}

	/** Announces the charge's new state as one event, delivered {@code copies} times at once. */
	synchronized void announce(String type, Charge charge, int copies) {
		String id = Ids.next("evt");
		byte[] body = Wire.bytes(Wire.event(id, type, Instant.now().getEpochSecond(), charge));
		for (int copy = 0; copy < copies; copy++) {
			Runnable delivery = () -> deliver(id, type, body);
			if (receiver == null) {
				waiting.add(delivery);
			}
			else {
				deliveries.execute(delivery);
			}
		}
	}

	private void deliver(String id, String type, byte[] body) {
		Duration wait = settings.webhookRetryDelay();
		for (int attempt = 1; attempt <= settings.webhookAttempts(); attempt++) {
			if (attempt > 1 && !sleep(wait)) {
				return;
			}
			wait = wait.multipliedBy(2);
			try {
				HttpResponse<String> answer = http.send(signed(body), HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() / 100 == 2) {
					return;
				}
				log.log(Level.INFO, "Webhook {0} ({1}) attempt {2} answered {3}: {4}", id, type, attempt, answer.statusCode(),
						answer.body());
			}
			catch (IOException ex) {
				log.log(Level.INFO, "Webhook {0} ({1}) attempt {2} failed: {3}", id, type, attempt, ex.toString());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		log.log(Level.WARNING, "Webhook {0} ({1}) given up after {2} attempts", id, type, settings.webhookAttempts());
	}

	/** Signed afresh for each attempt, as a receiver refuses signatures older than its tolerance. */
	private synchronized HttpRequest signed(byte[] body) {
		return HttpRequest.newBuilder(receiver)
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header(WebhookSignature.HEADER,
					WebhookSignature.sign(settings.webhookSecret(), Instant.now().getEpochSecond(), body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

	private static boolean sleep(Duration wait) {
		try {
			Thread.sleep(wait);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
