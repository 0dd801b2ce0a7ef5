package dev.plaza.rules;

import java.util.Locale;
import java.util.Objects;

/** A country by its ISO 3166-1 alpha-2 code, such as {@code ES}. */
public record Country(String code) {

	public Country {
		Objects.requireNonNull(code, "country code");
		if (!code.matches("[A-Z]{2}") || !Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(code)) {
			throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + code);
		}
	}

	public static Country of(String code) {
		return new Country(code);
	}

	@Override
	public String toString() {
		return code;
	}
}
