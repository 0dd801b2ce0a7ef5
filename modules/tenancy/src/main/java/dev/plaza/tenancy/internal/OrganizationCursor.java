package dev.plaza.tenancy.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;

/** Where a page of organizations ended: the last id, opaque to clients, who pass it back unchanged. */
final class OrganizationCursor {

	private static final String VERSION = "o1:";

	/** Every UUIDv7 sorts after this one, so the first page starts here. */
	static final UUID START = new UUID(0, 0);

	private OrganizationCursor() {
	}

	static String after(UUID last) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + last).getBytes(StandardCharsets.UTF_8));
	}

	/** The id the cursor points after; {@link #START} without one; a 400 for a string this API never gave out. */
	static UUID decode(String cursor) {
		if (cursor == null) {
			return START;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (decoded.startsWith(VERSION)) {
				return UUID.fromString(decoded.substring(VERSION.length()));
			}
		}
		catch (IllegalArgumentException malformed) {
			// Answered below like any other string that is not a cursor.
		}
		throw new Problem(ProblemType.INVALID_PARAMETER,
				"Parameter 'cursor' is not a cursor this API gave out; pass the nextCursor of the previous page.",
				Map.of("parameter", "cursor"));
	}
}
