package dev.plaza.venues;

import java.util.Objects;
import java.util.UUID;

public record CityId(UUID value) implements Comparable<CityId> {

	public CityId {
		Objects.requireNonNull(value, "city id");
	}

	@Override
	public int compareTo(CityId other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
