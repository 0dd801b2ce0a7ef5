package dev.plaza.products.persistence;

import java.util.UUID;

import dev.plaza.products.application.ProductDetails;

/**
 * A product as stored: its id and checked details, and the slug of its storefront page (null for a
 * product not stored yet: the slug is chosen when it is added).
 */
public record StoredProduct(UUID id, ProductDetails details, String slug) {

	public StoredProduct(UUID id, ProductDetails details) {
		this(id, details, null);
	}
}
