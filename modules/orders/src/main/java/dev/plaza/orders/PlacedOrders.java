package dev.plaza.orders;

import java.util.Optional;

/** The current tenant's orders as their customers see them, for modules showing orders to customers. */
public interface PlacedOrders {

	Optional<PlacedOrder> find(OrderId id);

	/** The QR code (PNG) a ticket is shown at the door with, or empty when the order has no such ticket. */
	Optional<byte[]> ticketQrCode(OrderId id, String ticketCode);
}
