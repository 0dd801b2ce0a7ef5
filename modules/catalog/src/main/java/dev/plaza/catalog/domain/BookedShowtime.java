package dev.plaza.catalog.domain;

import java.time.Instant;

import dev.plaza.catalog.RoomId;
import dev.plaza.catalog.ShowtimeId;

/** A showtime already scheduled (and not cancelled): its room is taken from {@code startsAt} until {@code endsAt}. */
public record BookedShowtime(ShowtimeId id, RoomId room, Instant startsAt, Instant endsAt) {
}
