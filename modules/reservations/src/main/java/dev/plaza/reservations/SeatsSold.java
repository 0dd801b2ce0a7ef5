package dev.plaza.reservations;

import java.util.List;

import dev.plaza.platform.TenantId;
import dev.plaza.venues.ShowtimeId;

/** The hold's seats were bought: they are sold for good. */
public record SeatsSold(TenantId tenant, HoldId holdId, ShowtimeId showtimeId, List<String> seats) {

	public SeatsSold {
		seats = List.copyOf(seats);
	}
}
