package dev.plaza.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The ids one tenant's requests created, by collection ({@code accounts}, {@code products}…): generated
 * requests reuse them so they reach past "not found", and the isolation check offers them to the other tenant.
 */
final class KnownIds {

	private final Map<String, List<String>> byCollection = new LinkedHashMap<>();

	void add(String collection, String id) {
		List<String> ids = byCollection.computeIfAbsent(collection, c -> new ArrayList<>());
		if (!ids.contains(id)) {
			ids.add(id);
		}
	}

	/** How many ids per collection, for the test's summary. */
	Map<String, Integer> count() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		byCollection.forEach((collection, ids) -> counts.put(collection, ids.size()));
		return counts;
	}

	List<String> in(String collection) {
		return byCollection.getOrDefault(collection, List.of());
	}

	Set<String> all() {
		Set<String> all = new LinkedHashSet<>();
		byCollection.values().forEach(all::addAll);
		return all;
	}

	/** A known id from the collection, or {@code null} when none is known. */
	String pick(String collection, RandomGenerator random) {
		List<String> ids = in(collection);
		return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
	}

	/**
	 * A known id for a body field such as {@code debitAccountId} or {@code cityId}: from the collection whose
	 * singular the field's name ends with ({@code accounts}, {@code cities}); {@code null} when none fits.
	 */
	String forField(String field, RandomGenerator random) {
		if (field == null || !field.endsWith("Id")) {
			return null;
		}
		String name = field.substring(0, field.length() - 2).toLowerCase();
		for (String collection : byCollection.keySet()) {
			if (!name.isEmpty() && name.endsWith(singular(collection))) {
				return pick(collection, random);
			}
		}
		return null;
	}

	private static String singular(String collection) {
		if (collection.endsWith("ies")) {
			return collection.substring(0, collection.length() - 3) + "y";
		}
		return collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
	}
}
