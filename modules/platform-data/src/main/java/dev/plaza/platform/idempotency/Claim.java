package dev.plaza.platform.idempotency;

/** What claiming an idempotency key found. */
sealed interface Claim {

	/** The key is new (or its holder died): this request does the work. */
	record Acquired() implements Claim {
	}

	/** A request with this key is still being handled. */
	record InFlight() implements Claim {
	}

	/** The key was used for a request with a different body. */
	record Mismatch() implements Claim {
	}

	/**
	 * The key's request took effect, but its holder died before storing the response: doing it
	 * again would do it twice.
	 */
	record ResponseLost() implements Claim {
	}

	/** The key was used before; here is what the first request answered. */
	record Completed(StoredResponse response) implements Claim {
	}
}
