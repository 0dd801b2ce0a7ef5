package dev.plaza.inventory;

import java.util.List;

import dev.plaza.platform.TenantId;

/** The reserved units were sold: on hand went down by each line's quantity. Published once per reservation. */
public record StockCommitted(TenantId tenant, StockReservationId reservation, List<StockReservation.Line> lines) {

	public StockCommitted {
		lines = List.copyOf(lines);
	}
}
