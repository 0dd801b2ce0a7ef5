package dev.plaza.sims.cardprocessor;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Card tokens: each valid card entered on the hosted page or sent to {@code POST /v1/tokens} gets a random
 * {@code tok_…} standing for its behaviour, so the card number stays with the processor. The fixed test tokens
 * ({@link TestToken}) keep working.
 */
final class Cards {

	private final Map<String, TestToken> issued = new ConcurrentHashMap<>();

	/** A new random token ({@code tok_} and 24 characters) for a card that has passed {@link Card#check}. */
	String tokenize(Card card) {
		String token = Ids.next("tok");
		issued.put(token, TestToken.ofCard(card.number()));
		return token;
	}

	/** How a charge with this payment method behaves, if the token is a test token or one this processor issued. */
	Optional<TestToken> behaviourOf(String token) {
		return TestToken.of(token).or(() -> Optional.ofNullable(issued.get(token)));
	}
}
