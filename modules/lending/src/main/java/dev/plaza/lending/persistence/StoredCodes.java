package dev.plaza.lending.persistence;

import java.util.Arrays;
import java.util.function.Function;

/** Reads the enums the schema stores by their API spelling ({@code code()}). */
final class StoredCodes {

	private StoredCodes() {
	}

	static <E extends Enum<E>> E of(Class<E> type, Function<E, String> code, String stored) {
		return Arrays.stream(type.getEnumConstants())
			.filter(constant -> code.apply(constant).equals(stored))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No " + type.getSimpleName() + " is stored as " + stored));
	}
}
