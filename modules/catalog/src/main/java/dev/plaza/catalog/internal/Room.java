package dev.plaza.catalog.internal;

import java.util.UUID;

import dev.plaza.catalog.RoomType;
import dev.plaza.catalog.domain.SeatMap;

/** A room of a cinema with its (valid) seat map. */
record Room(UUID id, UUID cinemaId, String name, RoomType type, SeatMap seatMap) {
}
