package dev.plaza.inventory;

import dev.plaza.products.ProductId;

/**
 * One line of a request to reserve stock: a product, by id or by SKU, and how many units. With a
 * location the units come from there; without one they come from wherever the product is available,
 * the locations with most available first, so a line is split only when no one location has it all.
 *
 * @param product the product, or null when named by {@code sku}
 * @param sku the product's SKU, or null when named by {@code product}
 * @param location where to take the units from, or null for anywhere
 */
public record StockLine(ProductId product, String sku, LocationCode location, int quantity) {

	public static StockLine of(ProductId product, int quantity) {
		return new StockLine(product, null, null, quantity);
	}

	public static StockLine ofSku(String sku, int quantity) {
		return new StockLine(null, sku, null, quantity);
	}

	/** The same line, taken from this location only. */
	public StockLine at(LocationCode location) {
		return new StockLine(product, sku, location, quantity);
	}
}
