package dev.plaza.lending.web;

import java.util.ArrayList;
import java.util.List;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;

/** A lender's marketplace participation as sent: whether it takes part, and the countries whose applicants it takes. */
record MarketplaceRequest(Boolean participating, List<String> countries) {

	static final int MAX_COUNTRIES = 50;

	/** The countries, each once in the order sent, or a 400 naming the fields to fix. */
	List<String> validCountries() {
		List<FieldError> found = new ArrayList<>();
		if (participating == null) {
			found.add(new FieldError("participating", "must be true or false"));
		}
		if (countries == null || countries.size() > MAX_COUNTRIES) {
			found.add(new FieldError("countries", "must list up to " + MAX_COUNTRIES
					+ " ISO 3166-1 alpha-2 country codes, such as [\"ES\", \"PT\"]; [] for none"));
		}
		else if (countries.stream().anyMatch(country -> country == null || !country.matches("[A-Z]{2}"))) {
			found.add(new FieldError("countries", "must hold ISO 3166-1 alpha-2 country codes in capitals, such as \"ES\""));
		}
		Problem.refuseIfAny(found);
		return countries.stream().distinct().toList();
	}
}
