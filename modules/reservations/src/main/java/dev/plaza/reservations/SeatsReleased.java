package dev.plaza.reservations;

import java.util.List;

import dev.plaza.platform.TenantId;
import dev.plaza.venues.ShowtimeId;

/** The hold was given up (by the customer, or because its showtime was cancelled); its seats are free again. */
public record SeatsReleased(TenantId tenant, HoldId holdId, ShowtimeId showtimeId, List<String> seats) {

	public SeatsReleased {
		seats = List.copyOf(seats);
	}
}
