package dev.plaza.venues.persistence;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.plaza.venues.Price;
import dev.plaza.venues.SeatKind;

/** A showtime as stored; {@code cancelled} ones free their room and are sold no more. */
public record Showtime(UUID id, UUID movieId, UUID roomId, Instant startsAt, Instant endsAt, String language, String format,
		Map<SeatKind, Price> prices, boolean cancelled) {
}
