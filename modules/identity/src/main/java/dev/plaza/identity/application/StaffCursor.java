package dev.plaza.identity.application;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;

/**
 * A page of an organization's people newest first, by time-ordered (UUIDv7) id: the page starts after
 * the id the cursor carries. Same parameters ({@code cursor}, {@code limit}) and limits as Plaza's
 * other listings.
 */
public record StaffCursor(UUID before, int limit) {

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 500;

	private static final UUID AFTER_EVERYTHING = new UUID(-1L, -1L);

	public static StaffCursor of(String cursor, Integer limit) {
		int size = limit == null ? DEFAULT_LIMIT : limit;
		if (size < 1 || size > MAX_LIMIT) {
			throw invalid("limit", "must be between 1 and " + MAX_LIMIT);
		}
		if (cursor == null) {
			return new StaffCursor(AFTER_EVERYTHING, size);
		}
		try {
			return new StaffCursor(UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII)), size);
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
