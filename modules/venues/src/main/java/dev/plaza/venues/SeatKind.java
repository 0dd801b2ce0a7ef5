package dev.plaza.venues;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a seat is for; each kind present in a room needs its own price in every showtime there. */
public enum SeatKind {

	STANDARD, WHEELCHAIR, COMPANION, COUPLE;

	/** The lowercase name used in JSON, such as {@code wheelchair}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<SeatKind> fromCode(String code) {
		return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
	}
}
