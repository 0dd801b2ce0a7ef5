package dev.plaza.sims.cardprocessor;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The name/value pairs of a query string or an {@code application/x-www-form-urlencoded} body, in order. */
final class UrlEncoded {

	private UrlEncoded() {
	}

	/** Each pair decoded; a name without {@code =} has the empty value. Repeated names come once per occurrence. */
	static List<Map.Entry<String, String>> pairs(String raw) {
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		if (raw == null || raw.isEmpty()) {
			return pairs;
		}
		for (String pair : raw.split("&")) {
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			pairs.add(Map.entry(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8)));
		}
		return pairs;
	}
}
