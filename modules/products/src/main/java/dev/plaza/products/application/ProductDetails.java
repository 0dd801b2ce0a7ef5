package dev.plaza.products.application;

import java.util.List;
import java.util.UUID;

import dev.plaza.platform.Money;
import dev.plaza.products.TaxClass;

/** A product's details once checked: what is stored under its id. {@code attributes} is a JSON object. */
public record ProductDetails(String sku, String title, String description, Money price, TaxClass taxClass, String attributes,
		List<UUID> images) {

	public ProductDetails {
		images = List.copyOf(images);
	}
}
