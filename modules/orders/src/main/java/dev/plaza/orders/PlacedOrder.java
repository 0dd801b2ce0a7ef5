package dev.plaza.orders;

import java.util.List;
import java.util.UUID;

import dev.plaza.payments.PaymentId;
import dev.plaza.platform.Money;

/**
 * An order as its customer sees it: what was bought, what it cost, where it stands, and its tickets once
 * it is confirmed.
 *
 * @param email where its confirmation goes, or null
 */
public record PlacedOrder(OrderId id, OrderStatus status, String email, Money total, Money tax, PaymentId payment,
		List<Line> lines, List<Ticket> tickets) {

	public PlacedOrder {
		lines = List.copyOf(lines);
		tickets = List.copyOf(tickets);
	}

	/** @param seat the seat's label, or null for a product */
	public record Line(String description, String seat, UUID showtime, int quantity, Money gross) {
	}

	/** @param valid false once the showtime was cancelled: it admits nobody */
	public record Ticket(String code, String seat, UUID showtime, boolean valid) {
	}
}
