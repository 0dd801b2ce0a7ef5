package dev.plaza.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * Where a page of a list ordered by UUIDv7 id ended: the last id, opaque to clients, who pass it
 * back unchanged. Each list has its own {@code kind} (such as {@code "p1"}), so a cursor of one list
 * is refused by another.
 */
public record IdCursor(String kind) {

	/** Every UUIDv7 sorts after this one, so the first page starts here. */
	public static final UUID START = new UUID(0, 0);

	public String after(UUID last) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((prefix() + last).getBytes(StandardCharsets.UTF_8));
	}

	/** The id the cursor points after; {@link #START} without one; a 400 for a string this API never gave out. */
	public UUID decode(String cursor) {
		if (cursor == null) {
			return START;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (decoded.startsWith(prefix())) {
				return UUID.fromString(decoded.substring(prefix().length()));
			}
		}
		catch (IllegalArgumentException malformed) {
			// Answered below like any other string that is not a cursor.
		}
		throw new Problem(ProblemType.INVALID_PARAMETER,
				"Parameter 'cursor' is not a cursor this API gave out; pass the nextCursor of the previous page.",
				Map.of("parameter", "cursor"));
	}

	private String prefix() {
		return kind + ':';
	}
}
