package dev.plaza.venues.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.platform.FieldError;
import dev.plaza.venues.Price;
import dev.plaza.venues.SeatKind;

/**
 * A showtime as asked for, alone or as an item of a schedule. The movie is named by id or slug, the
 * room by id or by its cinema's code and its own name; without {@code endsAt} the room is taken for
 * the running time plus cleaning. {@code malformed} lists what is wrong with its shape, found where
 * it was asked; scheduling reports it with whatever else it finds wrong, and {@code prices} is only
 * complete for a draft with nothing malformed.
 */
public record ShowtimeDraft(UUID movieId, String movieSlug, UUID roomId, String cinemaCode, String roomName,
		Instant startsAt, Instant endsAt, String language, String format, Map<SeatKind, Price> prices,
		List<FieldError> malformed) {
}
