package dev.plaza.catalog.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.plaza.catalog.Price;
import dev.plaza.catalog.SeatKind;

/** A showtime as stored; {@code cancelled} ones free their room and are sold no more. */
record Showtime(UUID id, UUID movieId, UUID roomId, Instant startsAt, Instant endsAt, String language, String format,
		Map<SeatKind, Price> prices, boolean cancelled) {
}
