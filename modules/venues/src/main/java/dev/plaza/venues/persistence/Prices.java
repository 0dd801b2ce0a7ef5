package dev.plaza.venues.persistence;

import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.plaza.venues.Price;
import dev.plaza.venues.SeatKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Prices by seat kind as JSON, keyed by the kind's code: {@code {"standard": {"amount": 950, "currency": "EUR"}}}. */
public final class Prices {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Prices() {
	}

	public static Map<String, Map<String, Object>> view(Map<SeatKind, Price> prices) {
		Map<String, Map<String, Object>> view = new LinkedHashMap<>();
		new EnumMap<>(prices).forEach((kind, price) -> view.put(kind.code(),
				Map.of("amount", price.amount(), "currency", price.currency().getCurrencyCode())));
		return view;
	}

	static String toJson(Map<SeatKind, Price> prices) {
		return JSON.writeValueAsString(view(prices));
	}

	static Map<SeatKind, Price> fromJson(String json) {
		Map<SeatKind, Price> prices = new EnumMap<>(SeatKind.class);
		for (Map.Entry<String, JsonNode> entry : JSON.readTree(json).properties()) {
			prices.put(SeatKind.fromCode(entry.getKey()).orElseThrow(), new Price(entry.getValue().get("amount").asLong(),
					Currency.getInstance(entry.getValue().get("currency").asString())));
		}
		return prices;
	}
}
