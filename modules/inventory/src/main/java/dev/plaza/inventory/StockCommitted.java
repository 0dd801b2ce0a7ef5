package dev.plaza.inventory;

import java.util.List;

import dev.plaza.platform.TenantId;
import org.springframework.modulith.events.Externalized;

/** The reserved units were sold: on hand went down by each line's quantity. Published once per reservation. */
// The topic consumers have read since stock was part of reservations.
@Externalized("plaza.reservations.StockCommitted")
public record StockCommitted(TenantId tenant, StockReservationId reservation, List<StockReservation.Line> lines) {

	public StockCommitted {
		lines = List.copyOf(lines);
	}
}
