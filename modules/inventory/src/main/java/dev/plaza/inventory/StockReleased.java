package dev.plaza.inventory;

import java.util.List;

import dev.plaza.platform.TenantId;

/** The reservation was given up before it expired; its units are available again. */
public record StockReleased(TenantId tenant, StockReservationId reservation, List<StockReservation.Line> lines) {

	public StockReleased {
		lines = List.copyOf(lines);
	}
}
