package dev.plaza.onboarding.application.intake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.plaza.onboarding.domain.Business;

/** The fields a row of a job has, named as the CSV header and NDJSON objects name them. */
final class Columns {

	static final List<String> REQUIRED = List.of("legalName", "taxId", "country", "contactEmail", "contactName", "iban",
			"address");

	static final String EXTERNAL_REFERENCE = "externalReference";

	static final Set<String> ALL = Set.of("legalName", "taxId", "country", "contactEmail", "contactName", "iban", "address",
			EXTERNAL_REFERENCE);

	static final String LIST = String.join(",", REQUIRED) + " and optionally " + EXTERNAL_REFERENCE;

	private Columns() {
	}

	/** The business of a row's values by field name; a blank value counts as missing. */
	static Business business(Map<String, String> values) {
		return new Business(value(values, "legalName"), value(values, "taxId"), value(values, "country"),
				value(values, "contactEmail"), value(values, "contactName"), value(values, "iban"), value(values, "address"),
				Optional.ofNullable(value(values, EXTERNAL_REFERENCE)));
	}

	private static String value(Map<String, String> values, String field) {
		String value = values.get(field);
		return value == null || value.isBlank() ? null : value.strip();
	}
}
