package dev.plaza.products;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a shopper is looking for.
 *
 * @param words words the title, description or SKU must all hold (whole words; quotes for a phrase,
 *     {@code -word} to exclude one), or blank for every product
 * @param chosen attribute values the shopper ticked, by attribute: a product must have one of the
 *     chosen values of each attribute named (an attribute holding a list has a value if the list holds it)
 * @param offset how many matching products to skip
 * @param limit how many to answer at most
 */
public record ProductSearch(String words, Map<String, Set<String>> chosen, int offset, int limit) {

	public ProductSearch {
		words = words == null ? "" : words.strip();
		Map<String, Set<String>> sorted = new TreeMap<>();
		chosen.forEach((attribute, values) -> {
			if (!values.isEmpty()) {
				sorted.put(attribute, Collections.unmodifiableSortedSet(new TreeSet<>(values)));
			}
		});
		chosen = Collections.unmodifiableMap(sorted);
		if (offset < 0 || limit < 1) {
			throw new IllegalArgumentException("offset must be 0 or more and limit 1 or more");
		}
	}
}
