package dev.plaza.sims.cardprocessor;

import java.util.Arrays;
import java.util.Optional;

/**
 * The behaviours of the processor, each chosen by a fixed test token or by the test card number a token was
 * issued for (hosted card page or {@code POST /v1/tokens}); any other valid card number behaves as {@link #APPROVE}.
 */
enum TestToken {

	/** The charge succeeds at once; a {@code charge.succeeded} webhook follows. */
	APPROVE("tok_approve", "4242424242424242"),
	/** The card is declined (402, {@code card_declined}); a {@code charge.failed} webhook follows. */
	DECLINE("tok_decline", "4000000000000002"),
	/**
	 * The charge succeeds, but the answer comes only after the slow-answer delay and no webhook is sent:
	 * a caller that gave up waiting learns the outcome only by asking.
	 */
	TIMEOUT("tok_timeout", "4000000000000119"),
	/** The charge is pending at first and succeeds after the pending delay, announced by webhook. */
	PENDING("tok_pending", "4000000000000077"),
	/** The charge succeeds at once and its {@code charge.succeeded} webhook is delivered twice. */
	DUPLICATE_WEBHOOK("tok_duplicate_webhook", "4000000000000341");

	final String token;

	/** The test card number (digits only) whose issued tokens behave so. */
	final String card;

	TestToken(String token, String card) {
		this.token = token;
		this.card = card;
	}

	static Optional<TestToken> of(String token) {
		return Arrays.stream(values()).filter(known -> known.token.equals(token)).findFirst();
	}

	/** The behaviour of a valid card number: its test card's, else an approval. */
	static TestToken ofCard(String number) {
		return Arrays.stream(values()).filter(known -> known.card.equals(number)).findFirst().orElse(APPROVE);
	}
}
