package dev.plaza.audit.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;

/**
 * A page of a chain's entries, newest first: the page starts below the sequence number the cursor carries.
 * Same parameters ({@code cursor}, {@code limit}) and limits as Plaza's other listings.
 */
record AuditCursor(long before, int limit) {

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 500;

	private static final String PREFIX = "audit:";

	static AuditCursor of(String cursor, Integer limit) {
		int size = limit == null ? DEFAULT_LIMIT : limit;
		if (size < 1 || size > MAX_LIMIT) {
			throw invalid("limit", "must be between 1 and " + MAX_LIMIT);
		}
		if (cursor == null) {
			return new AuditCursor(Long.MAX_VALUE, size);
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
			if (decoded.startsWith(PREFIX)) {
				return new AuditCursor(Long.parseLong(decoded.substring(PREFIX.length())), size);
			}
		}
		catch (IllegalArgumentException malformed) {
			// Answered below like any other string that is not a cursor.
		}
		throw invalid("cursor", "is not a cursor this API gave out; pass the nextCursor of the previous page");
	}

	static String after(long sequence) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + sequence).getBytes(StandardCharsets.US_ASCII));
	}

	static Problem invalid(String parameter, String reason) {
		return new Problem(ProblemType.INVALID_PARAMETER, "Parameter '" + parameter + "' " + reason + ".",
				Map.of("parameter", parameter));
	}
}
