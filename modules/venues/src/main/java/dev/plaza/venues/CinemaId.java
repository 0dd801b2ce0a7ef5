package dev.plaza.venues;

import java.util.Objects;
import java.util.UUID;

public record CinemaId(UUID value) implements Comparable<CinemaId> {

	public CinemaId {
		Objects.requireNonNull(value, "cinema id");
	}

	@Override
	public int compareTo(CinemaId other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
