package dev.plaza.lending.application;

import java.util.List;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;

/** How applications refuse requests. */
final class ApplicationProblems {

	/** A marketplace application without the applicant's consent to share it. */
	static final ProblemType CONSENT_REQUIRED = new ProblemType("consent-required", "Consent required", 422);

	private ApplicationProblems() {
	}

	static Problem consentRequired() {
		return Problem.invalidFields(CONSENT_REQUIRED, "A marketplace application is shared, with the applicant's personal "
				+ "data, with the lenders whose products fit it, and only with the applicant's consent. Ask the applicant "
				+ "and send consentToShare: true, or apply on one lender's own storefront instead.",
				List.of(new FieldError("consentToShare", "must be true on the marketplace")));
	}

	static Problem countryRequired() {
		return Problem.invalidFields(ProblemType.VALIDATION, List.of(new FieldError("country",
				"must be given on the marketplace: the ISO 3166-1 alpha-2 code of the applicant's country, such as ES")));
	}
}
