package dev.plaza.products.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * The readable name of a product's storefront page, derived from its title: lower-case ASCII letters
 * and digits joined by hyphens, accents dropped ({@code Camiseta Día} → {@code camiseta-dia}).
 */
public final class ProductSlug {

	/** Long enough for any title worth reading in an address, short enough to keep links tidy. */
	static final int MAX_LENGTH = 80;

	private ProductSlug() {
	}

	public static String of(String title) {
		String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-");
		String slug = trimHyphens(ascii.length() > MAX_LENGTH ? ascii.substring(0, MAX_LENGTH) : ascii);
		return slug.isEmpty() ? "product" : slug;
	}

	/** The slug told apart from another product's by the end of this product's id, which is random. */
	public static String distinct(String slug, UUID id) {
		String hex = id.toString().replace("-", "");
		return slug + "-" + hex.substring(hex.length() - 8);
	}

	private static String trimHyphens(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && text.charAt(start) == '-') {
			start++;
		}
		while (end > start && text.charAt(end - 1) == '-') {
			end--;
		}
		return text.substring(start, end);
	}
}
