package dev.plaza.products;

import java.util.List;
import java.util.Optional;

/**
 * The current tenant's products as a shop window shows them: found by the slug of their page, or
 * searched a page at a time with counts per attribute value, all worked out by the database. The
 * tenant must be bound ({@link dev.plaza.platform.TenantContext}).
 */
public interface ProductListings {

	/** The product whose storefront page has this slug. */
	Optional<Product> findBySlug(String slug);

	/**
	 * One page of the products matching the search, by relevance to its words (by title without
	 * words), the number of all of them, and the values of their attributes with how many products
	 * each value would show.
	 */
	ProductListing search(ProductSearch search);

	/** The slugs of up to {@code limit} products, by title: the pages a sitemap lists. */
	List<String> slugs(int limit);
}
