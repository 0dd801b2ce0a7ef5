package dev.plaza.orders;

import java.util.List;

import dev.plaza.platform.TenantId;

/** Seats are sold, stock taken off the shelf and tickets issued: the customer has what they bought. */
public record OrderConfirmed(TenantId tenant, OrderId orderId, String customer, List<String> ticketCodes) {

	public OrderConfirmed {
		ticketCodes = List.copyOf(ticketCodes);
	}
}
