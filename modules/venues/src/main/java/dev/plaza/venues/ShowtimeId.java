package dev.plaza.venues;

import java.util.Objects;
import java.util.UUID;

public record ShowtimeId(UUID value) implements Comparable<ShowtimeId> {

	public ShowtimeId {
		Objects.requireNonNull(value, "showtime id");
	}

	@Override
	public int compareTo(ShowtimeId other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
