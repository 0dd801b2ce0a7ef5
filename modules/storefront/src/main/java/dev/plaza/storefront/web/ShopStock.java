package dev.plaza.storefront.web;

import java.util.Optional;

import dev.plaza.inventory.StockLevels;
import dev.plaza.products.ProductId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether a product can be bought now, from the shop's stock. An app without the inventory (the
 * scaled catalog-service) shows products without saying so rather than guessing.
 */
@Component
class ShopStock {

	/** At or below this many units a page says how many are left. */
	static final long FEW = 5;

	private final ObjectProvider<StockLevels> levels;

	ShopStock(ObjectProvider<StockLevels> levels) {
		this.levels = levels;
	}

	Optional<Availability> of(ProductId product) {
		StockLevels stock = levels.getIfAvailable();
		if (stock == null) {
			return Optional.empty();
		}
		long available = stock.of(product).map(StockLevels.StockLevel::available).orElse(0L);
		return Optional.of(new Availability(available));
	}

	/** What a shopper and a search engine are told about a product's stock. */
	record Availability(long units) {

		public boolean inStock() {
			return units > 0;
		}

		public String label() {
			if (units <= 0) {
				return "Out of stock";
			}
			return units <= FEW ? "In stock: only " + units + " left" : "In stock";
		}

		/** The schema.org item availability. */
		public String schema() {
			return units > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock";
		}
	}
}
