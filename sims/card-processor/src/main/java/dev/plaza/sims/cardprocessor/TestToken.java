package dev.plaza.sims.cardprocessor;

import java.util.Arrays;
import java.util.Optional;

/** The payment method tokens the simulator knows, each a behaviour of the processor. */
enum TestToken {

	/** The charge succeeds at once; a {@code charge.succeeded} webhook follows. */
	APPROVE("tok_approve"),
	/** The card is declined (402, {@code card_declined}); a {@code charge.failed} webhook follows. */
	DECLINE("tok_decline"),
	/**
	 * The charge succeeds, but the answer comes only after the slow-answer delay and no webhook is sent:
	 * a caller that gave up waiting learns the outcome only by asking.
	 */
	TIMEOUT("tok_timeout"),
	/** The charge is pending at first and succeeds after the pending delay, announced by webhook. */
	PENDING("tok_pending"),
	/** The charge succeeds at once and its {@code charge.succeeded} webhook is delivered twice. */
	DUPLICATE_WEBHOOK("tok_duplicate_webhook");

	final String token;

	TestToken(String token) {
		this.token = token;
	}

	static Optional<TestToken> of(String token) {
		return Arrays.stream(values()).filter(known -> known.token.equals(token)).findFirst();
	}
}
