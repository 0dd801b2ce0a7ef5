package dev.plaza.inventory;

import java.util.List;

import dev.plaza.platform.TenantId;
import org.springframework.modulith.events.Externalized;

/** The reservation was given up before it expired; its units are available again. */
// The topic consumers have read since stock was part of reservations.
@Externalized("plaza.reservations.StockReleased")
public record StockReleased(TenantId tenant, StockReservationId reservation, List<StockReservation.Line> lines) {

	public StockReleased {
		lines = List.copyOf(lines);
	}
}
