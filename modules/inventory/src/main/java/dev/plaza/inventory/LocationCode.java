package dev.plaza.inventory;

import java.util.regex.Pattern;

/** A stock location of a tenant (a warehouse, a store), by the code its staff gave it, such as {@code madrid-1}. */
public record LocationCode(String value) implements Comparable<LocationCode> {

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

	public LocationCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("A location code is 1 to 40 letters, digits, dots, underscores or hyphens, "
					+ "starting with a letter or digit; got " + value);
		}
	}

	public static boolean isValid(String code) {
		return code != null && VALID.matcher(code).matches();
	}

	@Override
	public int compareTo(LocationCode other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
