package dev.plaza.inventory;

import java.time.Instant;
import java.util.List;

import dev.plaza.products.ProductId;

/**
 * A customer's reservation of stock, as it stands when read.
 *
 * @param customer whom the units are kept for, as the caller named them (a customer or cart reference)
 * @param lines the units reserved, each at the location they were taken from: a request line without
 *     a location may have become several lines here
 * @param expiresAt when an uncommitted reservation stops keeping its units
 */
public record StockReservation(StockReservationId id, String customer, List<Line> lines, Instant expiresAt,
		StockReservationStatus status) {

	public StockReservation {
		lines = List.copyOf(lines);
	}

	/** So many units of a product kept at one location. */
	public record Line(ProductId product, String sku, LocationCode location, int quantity) {
	}
}
