package dev.plaza.inventory;

import java.time.Instant;
import java.util.List;

import dev.plaza.platform.TenantId;

/** These units are kept for the customer until {@code expiresAt}, unless released or committed before. */
public record StockReserved(TenantId tenant, StockReservationId reservation, String customer,
		List<StockReservation.Line> lines, Instant expiresAt) {

	public StockReserved {
		lines = List.copyOf(lines);
	}
}
