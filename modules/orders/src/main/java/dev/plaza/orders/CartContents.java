package dev.plaza.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.Money;

/**
 * A cart as checkout would price it now: one line per seat or product, taxes included.
 *
 * @param ordered whether the cart was made into an order and changes no more
 * @param lines what is still kept, priced
 * @param lapsed items whose seats or units are no longer kept: they must be removed before checkout
 * @param total the sum of the lines, or null when the cart has none
 * @param keptUntil when the first seat hold or reservation of the cart lapses, or null
 */
public record CartContents(UUID id, boolean ordered, List<Line> lines, List<Lapsed> lapsed, Money total, Money tax,
		Instant keptUntil) {

	public CartContents {
		lines = List.copyOf(lines);
		lapsed = List.copyOf(lapsed);
	}

	/**
	 * @param item the cart item the line is part of (a hold of several seats gives a line per seat)
	 * @param seat the seat's label, or null for a product
	 */
	public record Line(UUID item, String description, String seat, int quantity, Money unitPrice, Money gross) {
	}

	/** An item that is no longer kept, and why. */
	public record Lapsed(UUID item, String reason) {
	}
}
