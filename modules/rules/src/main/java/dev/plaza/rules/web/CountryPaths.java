package dev.plaza.rules.web;

import java.util.Map;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.rules.Country;

/** Reads the country a path names. */
final class CountryPaths {

	private CountryPaths() {
	}

	static Country country(String code) {
		try {
			return Country.of(code);
		}
		catch (IllegalArgumentException notACountry) {
			throw new Problem(ProblemType.INVALID_PATH, "'" + code + "' is not a country: name it by its ISO 3166-1 "
					+ "alpha-2 code in capitals, such as ES or GB.", Map.of("parameter", "country"));
		}
	}
}
