package dev.plaza.venues.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import dev.plaza.venues.RoomId;
import dev.plaza.venues.SeatKind;

/**
 * A showtime about to be scheduled, its references already resolved: the room it takes from
 * {@code startsAt} until {@code endsAt} (the room is free again then), the movie's running time,
 * the kinds of seat the room sells and those the showtime prices.
 */
public record PlannedShowtime(RoomId room, Instant startsAt, Instant endsAt, Duration movie, Set<SeatKind> seatKinds,
		Set<SeatKind> pricedKinds) {

	/** Time to clean the room after the movie, when the schedule does not say when the room is free again. */
	public static final Duration CLEANING = Duration.ofMinutes(15);

	public PlannedShowtime {
		seatKinds = Set.copyOf(seatKinds);
		pricedKinds = Set.copyOf(pricedKinds);
	}

	public static Instant defaultEnd(Instant startsAt, Duration movie) {
		return startsAt.plus(movie).plus(CLEANING);
	}

	boolean overlaps(Instant otherStart, Instant otherEnd) {
		return startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt);
	}
}
