package dev.plaza.platform;

import java.util.List;

/**
 * {@code POST} endpoints that a storefront visitor calls without a token, such as a loan
 * application on a lender's own domain: a module declares its own as a bean. As with
 * {@link PublicReads}, such a request belongs to the tenant whose storefront domain it arrives at,
 * unless it carries a token, whose tenant then wins.
 *
 * @param pathPatterns Spring path patterns, such as {@code /api/v1/lending/applications}
 */
public record PublicSubmissions(List<String> pathPatterns) {

	public PublicSubmissions {
		pathPatterns = List.copyOf(pathPatterns);
	}

	public static PublicSubmissions of(String... pathPatterns) {
		return new PublicSubmissions(List.of(pathPatterns));
	}
}
