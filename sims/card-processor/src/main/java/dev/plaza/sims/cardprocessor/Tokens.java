package dev.plaza.sims.cardprocessor;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /v1/tokens}: a card sent by an API user becomes a token, as Stripe's tokens endpoint does. */
final class Tokens {

	private static final Map<String, String> CODES = Map.of("number", "incorrect_number", "expiry", "invalid_expiry_year",
			"cvc", "invalid_cvc");

	private static final Map<String, String> PARAMS = Map.of("number", "card[number]", "expiry", "card[exp_month]", "cvc",
			"card[cvc]");

	private final Cards cards;

	Tokens(Cards cards) {
		this.cards = cards;
	}

	Answer create(JsonNode params) {
		JsonNode card = params.path("card");
		if (!card.isObject()) {
			throw ApiError.invalid("parameter_missing", "card",
					"Missing required param: card. Send card: {number, exp_month, exp_year, cvc}.");
		}
		String number = Card.digits(card.path("number").asString(""));
		YearMonth expiry = card.path("exp_month").canConvertToInt() && card.path("exp_year").canConvertToInt()
				? Card.expiry(card.path("exp_month").asInt(), card.path("exp_year").asInt()) : null;
		String cvc = card.path("cvc").asString("");
		Map<String, String> errors = Card.check(number, expiry, cvc);
		if (!errors.isEmpty()) {
			Map.Entry<String, String> first = errors.entrySet().iterator().next();
			throw new ApiError(402, "card_error", CODES.get(first.getKey()), first.getValue(), PARAMS.get(first.getKey()), null,
					null);
		}
		Card valid = new Card(number, expiry, cvc);
		String token = cards.tokenize(valid);
		ObjectNode body = Wire.JSON.createObjectNode()
			.put("id", token)
			.put("object", "token")
			.put("type", "card")
			.put("created", Instant.now().getEpochSecond());
		body.putObject("card")
			.put("brand", valid.brand())
			.put("last4", valid.last4())
			.put("exp_month", expiry.getMonthValue())
			.put("exp_year", expiry.getYear());
		return new Answer(200, Wire.bytes(body));
	}
}
