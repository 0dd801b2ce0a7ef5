package dev.plaza.venues;

import java.util.Objects;
import java.util.UUID;

public record RoomId(UUID value) implements Comparable<RoomId> {

	public RoomId {
		Objects.requireNonNull(value, "room id");
	}

	@Override
	public int compareTo(RoomId other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
