package dev.plaza.storefront.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.plaza.products.ProductSearch;
import org.springframework.util.MultiValueMap;

/**
 * What the shop page was asked for in its query string: {@code q} (words), {@code f} (repeated, each
 * {@code attribute:value}, a ticked attribute value) and {@code page} (from 1). Anything malformed is
 * read as absent, as a shopper editing an address expects, rather than refused.
 */
record ShopQuery(String words, Map<String, Set<String>> chosen, int page) {

	static final int PAGE_SIZE = 24;

	/** Far past any useful search; longer input is cut, not refused. */
	static final int MAX_WORDS = 200;

	static final int MAX_CHOICES = 20;

	static final int MAX_PAGE = 1000;

	static ShopQuery of(MultiValueMap<String, String> parameters) {
		String words = parameters.getOrDefault("q", List.of()).stream().findFirst().orElse("").strip();
		if (words.length() > MAX_WORDS) {
			words = words.substring(0, MAX_WORDS);
		}
		Map<String, Set<String>> chosen = new LinkedHashMap<>();
		parameters.getOrDefault("f", List.of()).stream().limit(MAX_CHOICES).forEach(choice -> {
			int colon = choice.indexOf(':');
			if (colon > 0 && colon < choice.length() - 1) {
				chosen.computeIfAbsent(choice.substring(0, colon), any -> new LinkedHashSet<>())
					.add(choice.substring(colon + 1));
			}
		});
		return new ShopQuery(words, chosen, page(parameters.getFirst("page")));
	}

	private static int page(String text) {
		try {
			int page = text == null ? 1 : Integer.parseInt(text.strip());
			return page < 1 || page > MAX_PAGE ? 1 : page;
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}

	ProductSearch search() {
		return new ProductSearch(words, chosen, (page - 1) * PAGE_SIZE, PAGE_SIZE);
	}

	boolean filtered() {
		return !words.isEmpty() || !chosen.isEmpty();
	}

	/** The link to another page of the same search, its query form-encoded as the search form sends it. */
	String link(Site site, int other) {
		List<String> query = new ArrayList<>();
		if (!words.isEmpty()) {
			query.add("q=" + encoded(words));
		}
		chosen.forEach((attribute, values) -> values.forEach(value -> query.add("f=" + encoded(attribute + ":" + value))));
		if (other > 1) {
			query.add("page=" + other);
		}
		return site.link(ShopPage.PATH) + (query.isEmpty() ? "" : "?" + String.join("&", query));
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
