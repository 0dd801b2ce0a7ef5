package dev.plaza.venues;

import java.util.Objects;
import java.util.UUID;

public record MovieId(UUID value) implements Comparable<MovieId> {

	public MovieId {
		Objects.requireNonNull(value, "movie id");
	}

	@Override
	public int compareTo(MovieId other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
