package dev.plaza.platform;

import java.util.List;

/**
 * {@code GET} endpoints that anyone may call without a token, such as search and seat maps: a
 * module declares its own as a bean. Such a request belongs to the tenant whose storefront domain
 * it arrives at, unless it carries a token, whose tenant then wins.
 *
 * @param pathPatterns Spring path patterns, such as {@code /api/v1/showtimes/*}{@code /seats}
 */
public record PublicReads(List<String> pathPatterns) {

	public PublicReads {
		pathPatterns = List.copyOf(pathPatterns);
	}

	public static PublicReads of(String... pathPatterns) {
		return new PublicReads(List.of(pathPatterns));
	}
}
