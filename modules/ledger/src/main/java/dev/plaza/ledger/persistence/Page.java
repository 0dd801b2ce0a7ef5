package dev.plaza.ledger.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;

/**
 * One page of a time-ordered listing: the time range [from, to), the position after which it
 * starts (the last item of the previous page, carried in an opaque cursor), and its size.
 */
public record Page(Instant from, Instant to, Instant afterTimestamp, UUID afterId, int limit) {

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 1000;

	private static final Instant BEGINNING = Instant.parse("1970-01-01T00:00:00Z");

	private static final Instant END = Instant.parse("9999-12-31T00:00:00Z");

	public static Page of(Instant from, Instant to, String cursor, Integer limit) {
		int size = limit == null ? DEFAULT_LIMIT : limit;
		if (size < 1 || size > MAX_LIMIT) {
			throw invalid("limit", "must be between 1 and " + MAX_LIMIT);
		}
		Instant after = BEGINNING.minusSeconds(1);
		UUID afterId = new UUID(0, 0);
		if (cursor != null) {
			try {
				String[] position = new String(Base64.getUrlDecoder().decode(cursor)).split("/");
				after = Instant.parse(position[0]);
				afterId = UUID.fromString(position[1]);
			}
			catch (RuntimeException ex) {
				throw invalid("cursor", "is not a cursor this API gave out; pass the nextCursor of the previous page");
			}
		}
		return new Page(from == null ? BEGINNING : from, to == null ? END : to, after, afterId, size);
	}

	public static String cursorAfter(Instant timestamp, UUID id) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((timestamp + "/" + id).getBytes());
	}

	Map<String, Object> parameters() {
		return Map.of("from", from.atOffset(ZoneOffset.UTC), "to", to.atOffset(ZoneOffset.UTC), "afterTs",
				afterTimestamp.atOffset(ZoneOffset.UTC), "afterId", afterId, "limit", limit);
	}

	private static Problem invalid(String parameter, String reason) {
		return new Problem(ProblemType.INVALID_PARAMETER, "Parameter '" + parameter + "' " + reason + ".",
				Map.of("parameter", parameter));
	}
}
