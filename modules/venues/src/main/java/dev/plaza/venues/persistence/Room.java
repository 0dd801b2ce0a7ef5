package dev.plaza.venues.persistence;

import java.util.UUID;

import dev.plaza.venues.RoomType;
import dev.plaza.venues.domain.SeatMap;

/** A room of a cinema with its (valid) seat map. */
public record Room(UUID id, UUID cinemaId, String name, RoomType type, SeatMap seatMap) {
}
