package dev.plaza.inventory.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;

/** Where a page of adjustments ended, opaque to clients, who pass it back unchanged. */
final class AdjustmentCursor {

	private static final String VERSION = "a1:";

	private AdjustmentCursor() {
	}

	static String after(long seq) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + seq).getBytes(StandardCharsets.UTF_8));
	}

	/** The position the cursor points after; 0 (the start) without one; a 400 for a string this API never gave out. */
	static long decode(String cursor) {
		if (cursor == null) {
			return 0;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (decoded.startsWith(VERSION)) {
				return Long.parseLong(decoded.substring(VERSION.length()));
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
