package dev.plaza.venues.internal;

import java.util.UUID;

import dev.plaza.venues.RoomType;
import dev.plaza.venues.domain.SeatMap;

/** A room of a cinema with its (valid) seat map. */
record Room(UUID id, UUID cinemaId, String name, RoomType type, SeatMap seatMap) {
}
