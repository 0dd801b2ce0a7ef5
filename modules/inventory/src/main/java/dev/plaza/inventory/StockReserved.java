package dev.plaza.inventory;

import java.time.Instant;
import java.util.List;

import dev.plaza.platform.TenantId;
import org.springframework.modulith.events.Externalized;

/** These units are kept for the customer until {@code expiresAt}, unless released or committed before. */
// The topic consumers have read since stock was part of reservations.
@Externalized("plaza.reservations.StockReserved")
public record StockReserved(TenantId tenant, StockReservationId reservation, String customer,
		List<StockReservation.Line> lines, Instant expiresAt) {

	public StockReserved {
		lines = List.copyOf(lines);
	}
}
