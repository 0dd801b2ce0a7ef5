package dev.plaza.venues.domain;

import java.time.Instant;

import dev.plaza.venues.RoomId;
import dev.plaza.venues.ShowtimeId;

/** A showtime already scheduled (and not cancelled): its room is taken from {@code startsAt} until {@code endsAt}. */
public record BookedShowtime(ShowtimeId id, RoomId room, Instant startsAt, Instant endsAt) {
}
