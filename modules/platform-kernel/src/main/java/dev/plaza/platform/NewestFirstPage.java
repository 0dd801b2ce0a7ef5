package dev.plaza.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * A page of a listing newest first, by time-ordered (UUIDv7) id: the page starts after the id the
 * cursor carries. The listings' shared parameters: {@code cursor} (the {@code nextCursor} of the previous
 * page) and {@code limit} (1–500, default 50).
 */
public record NewestFirstPage(UUID before, int limit) {

	public static final int DEFAULT_LIMIT = 50;

	public static final int MAX_LIMIT = 500;

	private static final UUID AFTER_EVERYTHING = new UUID(-1L, -1L);

	public static NewestFirstPage of(String cursor, Integer limit) {
		int size = limit == null ? DEFAULT_LIMIT : limit;
		if (size < 1 || size > MAX_LIMIT) {
			throw invalid("limit", "must be between 1 and " + MAX_LIMIT);
		}
		if (cursor == null) {
			return new NewestFirstPage(AFTER_EVERYTHING, size);
		}
		try {
			return new NewestFirstPage(UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII)), size);
		}
		catch (IllegalArgumentException ex) {
			throw invalid("cursor", "is not a cursor this API gave out; pass the nextCursor of the previous page");
		}
	}

	public static String after(UUID last) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(last.toString().getBytes(StandardCharsets.US_ASCII));
	}

	private static Problem invalid(String parameter, String reason) {
		return new Problem(ProblemType.INVALID_PARAMETER, "Parameter '" + parameter + "' " + reason + ".",
				Map.of("parameter", parameter));
	}
}
