package dev.plaza.reservations;

import java.util.List;

import dev.plaza.catalog.ShowtimeId;
import dev.plaza.platform.TenantId;

/** The hold's seats were bought: they are sold for good. */
public record SeatsSold(TenantId tenant, HoldId holdId, ShowtimeId showtimeId, List<String> seats) {

	public SeatsSold {
		seats = List.copyOf(seats);
	}
}
