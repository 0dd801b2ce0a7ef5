package dev.plaza.e2e;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;

/**
 * Calls through the gateway as a careful partner makes them while an instance behind it dies: every
 * write carries an {@code Idempotency-Key}, and a call that got no answer from Plaza itself (the
 * connection failed, or the gateway answered 502, 503 or 504) or whose key is still held by a request
 * cut off mid-way is sent again, the same request with the same key, until it gets one — for at most
 * {@link #PATIENCE}. Any other answer is the caller's to judge.
 */
final class PatientCalls {

	static final Duration PATIENCE = Duration.ofSeconds(90);

	private static final Set<Integer> NOT_PLAZAS_ANSWER = Set.of(502, 503, 504);

	private static final Duration PAUSE = Duration.ofMillis(250);

	private final PlazaClient plaza;

	private final AtomicInteger resent = new AtomicInteger();

	PatientCalls(PlazaClient plaza) {
		this.plaza = plaza;
	}

	/** A {@code POST} of JSON under a new key. */
	Response post(String path, String token, String body) {
		return post(path, token, body, UUID.randomUUID().toString());
	}

	/** A {@code POST} of JSON under this key: sending it again later is safe. */
	Response post(String path, String token, String body, String idempotencyKey) {
		return untilAnswered(() -> plaza.postJson(path, token, body, "Idempotency-Key", idempotencyKey));
	}

	Response get(String path, String token) {
		return untilAnswered(() -> plaza.get(path, token));
	}

	Response put(String path, String token, String body) {
		return untilAnswered(() -> plaza.send(HttpRequest.newBuilder(plaza.uri(path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))));
	}

	Response delete(String path, String token) {
		return untilAnswered(() -> plaza.send(HttpRequest.newBuilder(plaza.uri(path))
			.header("Authorization", "Bearer " + token)
			.DELETE()));
	}

	/** How many calls were sent again so far: how often the test's clients noticed an instance die. */
	int resent() {
		return resent.get();
	}

	PlazaClient plaza() {
		return plaza;
	}

	private Response untilAnswered(Call call) {
		Instant deadline = Instant.now().plus(PATIENCE);
		String last;
		do {
			try {
				Response response = call.send();
				if (!needsRetry(response)) {
					return response;
				}
				last = response.status() + " " + response.text();
			}
			catch (IllegalStateException connectionFailed) {
				last = connectionFailed.toString();
			}
			resent.incrementAndGet();
			pause();
		}
		while (Instant.now().isBefore(deadline));
		throw new AssertionError("No answer from Plaza within " + PATIENCE + "; the last try got " + last);
	}

	private static boolean needsRetry(Response response) {
		return NOT_PLAZAS_ANSWER.contains(response.status())
				|| response.status() == 409 && "idempotency-key-in-flight".equals(problemType(response));
	}

	private static String problemType(Response response) {
		String contentType = response.header("Content-Type");
		return contentType != null && contentType.startsWith("application/problem+json") ? response.problemType() : null;
	}

	private static void pause() {
		try {
			Thread.sleep(PAUSE);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while retrying a call", ex);
		}
	}

	@FunctionalInterface
	private interface Call {

		Response send();
	}
}
