package dev.plaza.reservations;

import java.time.Instant;
import java.util.List;

import dev.plaza.venues.ShowtimeId;

/** A customer's hold on seats of one showtime, as it stands when read. */
public record SeatHold(HoldId id, ShowtimeId showtimeId, List<String> seats, String customer, Instant expiresAt,
		HoldStatus status) {

	public SeatHold {
		seats = List.copyOf(seats);
	}
}
