package dev.plaza.lending.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.plaza.lending.application.ApplicationDraft;
import dev.plaza.lending.domain.Applicant;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A loan application as an applicant sends it. Every field is checked at once; {@code country} may be
 * left out on a lender's storefront (the lender's is taken), {@code consentToShare} too (it must be true
 * on the marketplace). Amounts in minor units of the country's currency.
 */
record LoanApplicationRequest(ApplicantRequest applicant, Long amount, Integer termMonths, String purpose,
		@Schema(nullable = true, example = "ES") String country, @Schema(nullable = true) Boolean consentToShare) {

	static final long MAX_AMOUNT = 1_000_000_000_000L;

	static final int MAX_TEXT = 200;

	static final int MAX_ADDRESS = 500;

	static final Set<String> EMPLOYMENTS = Set.of("employed", "self_employed", "retired", "student", "unemployed");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/**
	 * The applicant, personal data.
	 *
	 * @param dateOfBirth ISO 8601 date, such as 1990-04-25
	 * @param income net monthly income in minor units
	 * @param employment employed, self_employed, retired, student or unemployed
	 */
	record ApplicantRequest(String name, String nationalId, @Schema(format = "date", example = "1990-04-25") String dateOfBirth,
			@Schema(format = "email", example = "ana@example.com") String email, Long income,
			@Schema(allowableValues = { "employed", "self_employed", "retired", "student", "unemployed" }) String employment,
			String address) {
	}

	/** The application, or a 400 naming every field to fix. */
	ApplicationDraft validated() {
		List<FieldError> found = new ArrayList<>();
		LocalDate born = null;
		if (applicant == null) {
			found.add(new FieldError("applicant", "must be given: name, nationalId, dateOfBirth, email, income, employment, "
					+ "address"));
		}
		else {
			born = applicantChecked(found);
		}
		if (amount == null || amount < 1 || amount > MAX_AMOUNT) {
			found.add(new FieldError("amount", "must be given, from 1 to " + MAX_AMOUNT + " minor units (500000 EUR is 5,000.00 €)"));
		}
		if (termMonths == null || termMonths < 1 || termMonths > 600) {
			found.add(new FieldError("termMonths", "must be given, in months from 1 to 600"));
		}
		text("purpose", purpose, MAX_TEXT, found);
		if (country != null && !country.matches("[A-Z]{2}")) {
			found.add(new FieldError("country", "must be an ISO 3166-1 alpha-2 code in capitals, such as ES"));
		}
		Problem.refuseIfAny(found);
		return new ApplicationDraft(new Applicant(applicant.name().strip(), applicant.nationalId().strip(), born,
				applicant.email().strip(), applicant.income(), applicant.employment(), applicant.address().strip()), amount,
				termMonths, purpose.strip(), Optional.ofNullable(country), Boolean.TRUE.equals(consentToShare));
	}

	private LocalDate applicantChecked(List<FieldError> found) {
		text("applicant.name", applicant.name(), MAX_TEXT, found);
		text("applicant.nationalId", applicant.nationalId(), 32, found);
		LocalDate born = null;
		try {
			born = applicant.dateOfBirth() == null ? null : LocalDate.parse(applicant.dateOfBirth());
		}
		catch (DateTimeParseException malformed) {
			// answered below
		}
		if (born == null || born.isAfter(LocalDate.now()) || born.getYear() < 1900) {
			found.add(new FieldError("applicant.dateOfBirth", "must be a date in the past as YYYY-MM-DD, such as 1990-04-25"));
			born = null;
		}
		if (applicant.email() == null || applicant.email().length() > 254 || !EMAIL.matcher(applicant.email().strip()).matches()) {
			found.add(new FieldError("applicant.email", "must be an e-mail address, such as ana@example.com"));
		}
		if (applicant.income() == null || applicant.income() < 0 || applicant.income() > MAX_AMOUNT) {
			found.add(new FieldError("applicant.income", "must be given: net monthly income in minor units, 0 or more"));
		}
		if (applicant.employment() == null || !EMPLOYMENTS.contains(applicant.employment())) {
			found.add(new FieldError("applicant.employment", "must be one of " + EMPLOYMENTS.stream().sorted().toList()));
		}
		text("applicant.address", applicant.address(), MAX_ADDRESS, found);
		return born;
	}

	private static void text(String field, String value, int max, List<FieldError> found) {
		if (value == null || value.isBlank() || value.length() > max) {
			found.add(new FieldError(field, "must be given, at most " + max + " characters"));
		}
	}
}
