package dev.plaza.inventory;

import java.util.List;
import java.util.Optional;

import dev.plaza.products.ProductId;

/** How much of a product the current tenant has, for pages and carts that show it. */
public interface StockLevels {

	/** The product's stock now, per location and in total; empty if the shop has no such product. */
	Optional<StockLevel> of(ProductId product);

	/**
	 * @param reserved units kept by active reservations
	 * @param available on hand − reserved: what can be reserved now
	 */
	record StockLevel(ProductId product, String sku, long onHand, long reserved, long available, List<AtLocation> locations) {

		public StockLevel {
			locations = List.copyOf(locations);
		}
	}

	record AtLocation(LocationCode location, long onHand, long reserved, long available) {
	}
}
