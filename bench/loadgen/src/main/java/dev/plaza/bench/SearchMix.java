package dev.plaza.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The seeded mix of searches customers make, as the search endpoint's query parameters: free text
 * over titles and cast (a third of it with one typo), filters by city, day, room type, language and
 * cinema combined, or both. The same seed gives the same searches in the same order, so the HTTP
 * run and the engine's floor (bench/searchfloor) ask the same questions.
 */
public final class SearchMix {

	private static final String[] ROOM_TYPES = { "2D", "3D", "4D", "IMAX", "VIP" };

	private final CatalogNames names;

	private final SplittableRandom random;

	public SearchMix(CatalogNames names, long seed) {
		this.names = names;
		this.random = new SplittableRandom(seed);
	}

	/** The next search's parameters, in a stable order; never empty. */
	public Map<String, String> next() {
		Map<String, String> query = new LinkedHashMap<>();
		double textKind = random.nextDouble();
		if (textKind < 0.35) {
			query.put("q", withTypo(titleWords(pick(names.titles()))));
		}
		else if (textKind < 0.55) {
			query.put("q", withTypo(pick(names.cast())));
		}
		String city = null;
		if (random.nextDouble() < 0.7) {
			city = pick(names.cities());
			query.put("city", city);
		}
		if (random.nextDouble() < 0.5) {
			query.put("date", pick(names.days()));
		}
		if (random.nextDouble() < 0.25) {
			query.put("roomType", ROOM_TYPES[random.nextInt(ROOM_TYPES.length)]);
		}
		if (random.nextDouble() < 0.25) {
			query.put("language", pick(names.languages()));
		}
		if (random.nextDouble() < 0.15) {
			query.put("cinema", cinemaIn(city));
		}
		if (query.isEmpty()) {
			query.put("city", pick(names.cities()));
		}
		return query;
	}

	/** One or two words of the title, as people type the part they remember. */
	private String titleWords(String title) {
		String[] words = title.split(" ");
		int count = Math.min(words.length, 1 + random.nextInt(2));
		int from = random.nextInt(words.length - count + 1);
		return String.join(" ", List.of(words).subList(from, from + count));
	}

	/** A third of the texts get one typo (a letter replaced) in their longest word, past its first letter. */
	private String withTypo(String text) {
		if (random.nextInt(3) != 0) {
			return text;
		}
		String[] words = text.split(" ");
		int longest = 0;
		for (int i = 1; i < words.length; i++) {
			longest = words[i].length() > words[longest].length() ? i : longest;
		}
		String word = words[longest];
		if (word.length() < 4) {
			return text;
		}
		int at = 1 + random.nextInt(word.length() - 1);
		char replacement = (char) ('a' + random.nextInt(26));
		words[longest] = word.substring(0, at) + replacement + word.substring(at + 1);
		return String.join(" ", words);
	}

	/** A cinema of the city when one is filtered, so the filters agree, as they do on a storefront. */
	private String cinemaIn(String city) {
		if (city == null) {
			return pick(names.cinemas()).code();
		}
		List<CatalogNames.Cinema> inCity = names.cinemas().stream().filter(cinema -> cinema.city().equals(city)).toList();
		return inCity.isEmpty() ? pick(names.cinemas()).code() : inCity.get(random.nextInt(inCity.size())).code();
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}
}
