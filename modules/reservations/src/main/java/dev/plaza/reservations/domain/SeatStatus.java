package dev.plaza.reservations.domain;

import java.util.Locale;

/** What a customer looking at the seat map can do with a seat: only a free one can be held. */
public enum SeatStatus {

	FREE, HELD, SOLD, BLOCKED;

	/**
	 * A live claim (an unexpired hold, or a sale) decides over a block, since a seat blocked after
	 * it was taken still belongs to its customer until the claim ends.
	 */
	public static SeatStatus of(boolean blocked, boolean claimed, boolean sold) {
		if (claimed) {
			return sold ? SOLD : HELD;
		}
		return blocked ? BLOCKED : FREE;
	}

	/** The lowercase name used in JSON, such as {@code held}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
