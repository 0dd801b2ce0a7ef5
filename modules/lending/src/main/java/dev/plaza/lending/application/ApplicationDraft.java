package dev.plaza.lending.application;

import java.util.Objects;
import java.util.Optional;

import dev.plaza.lending.domain.Applicant;

/**
 * An application as checked field by field, before the country and consent are checked against its channel.
 *
 * @param country empty when left out (a storefront application then takes its lender's)
 */
public record ApplicationDraft(Applicant applicant, long amount, int termMonths, String purpose, Optional<String> country,
		boolean consentToShare) {

	public ApplicationDraft {
		Objects.requireNonNull(applicant, "applicant");
		Objects.requireNonNull(purpose, "purpose");
		Objects.requireNonNull(country, "country");
	}
}
