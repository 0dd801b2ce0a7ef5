package dev.plaza.venues;

import java.time.Instant;
import java.util.List;

/** What seat holds need to know of a showtime: when it runs and every seat of its room, in seat-map order. */
public record ShowtimeSeating(ShowtimeId id, Instant startsAt, Instant endsAt, List<Seat> seats) {

	public ShowtimeSeating {
		seats = List.copyOf(seats);
	}
}
