package dev.plaza.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.venues.ShowtimeId;

/**
 * Where a page of results ended, in their sort order (start time, then id). Clients see it as an
 * opaque string and pass it back unchanged to read the next page.
 */
public record SearchCursor(Instant startsAt, ShowtimeId showtime) {

	private static final String VERSION = "1";

	public String encode() {
		String key = VERSION + ":" + startsAt.toEpochMilli() + ":" + showtime;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
	}

	/** The cursor a string encodes, or empty when it is not one {@link #encode()} made. */
	public static Optional<SearchCursor> decode(String encoded) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split(":", -1);
			if (parts.length != 3 || !parts[0].equals(VERSION)) {
				return Optional.empty();
			}
			return Optional.of(new SearchCursor(Instant.ofEpochMilli(Long.parseLong(parts[1])),
					new ShowtimeId(UUID.fromString(parts[2]))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
