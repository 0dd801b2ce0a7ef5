package dev.plaza.sims.cardprocessor;

import java.time.Duration;

/**
 * An API answer. {@code delay} holds back the first answer only (the {@code tok_timeout} behaviour); a
 * replay of it for the same idempotency key comes at once.
 */
record Answer(int status, byte[] body, Duration delay) {

	Answer(int status, byte[] body) {
		this(status, body, Duration.ZERO);
	}

	Answer replayed() {
		return new Answer(status, body, Duration.ZERO);
	}
}
