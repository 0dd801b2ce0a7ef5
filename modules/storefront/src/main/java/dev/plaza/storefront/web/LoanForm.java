package dev.plaza.storefront.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.plaza.lending.Applicants;
import dev.plaza.platform.FieldError;

/**
 * A loan application as the form posts it: every field as typed, checked at once with the API's rules,
 * amounts in major units of the application's currency ({@code 5000} or {@code 5000.00}). Errors are keyed by
 * the form's field names, in the form's order, so each is shown next to its field and summarised at the top.
 */
record LoanForm(Map<String, String> fields) {

	/** The form's fields in the order they are shown, so the summary lists errors in reading order. */
	static final List<String> ORDER = List.of("country", "name", "nationalId", "dateOfBirth", "email", "income",
			"employment", "address", "amount", "term", "purpose", "consent");

	static final List<String> EMPLOYMENTS = List.of("employed", "self_employed", "retired", "student", "unemployed");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000_000L);

	LoanForm {
		fields = Map.copyOf(fields);
	}

	// The template reads fields back, so these two are public although the record is not.
	public String value(String field) {
		return fields.getOrDefault(field, "");
	}

	public boolean checked(String field) {
		return !value(field).isBlank();
	}

	/**
	 * The application, or the errors that keep the form from being sent.
	 *
	 * @param marketplace whether the applicant chooses the country and consents to share with lenders
	 */
	Checked check(Currency currency, Applicants.Lends limits, boolean marketplace) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (marketplace && !value("country").matches("[A-Z]{2}")) {
			errors.put("country", "Choose the country you live in.");
		}
		text("name", 200, "Enter your full name", errors);
		text("nationalId", 32, "Enter your national identity number", errors);
		LocalDate born = date(errors);
		String email = value("email").strip();
		if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
			errors.put("email", "Enter an e-mail address, such as ana@example.com.");
		}
		Long income = money("income", currency, "Enter your net monthly income, such as 2600.00 (0 if none).", errors);
		if (!EMPLOYMENTS.contains(value("employment"))) {
			errors.put("employment", "Choose your employment.");
		}
		text("address", 500, "Enter your address", errors);
		Long amount = money("amount", currency, "Enter the amount you want to borrow, such as 5000.", errors);
		if (amount != null && amount < 1) {
			errors.put("amount", "Enter an amount above 0.");
		}
		else if (amount != null && limits.maxAmount().filter(max -> amount > max).isPresent()) {
			errors.put("amount", "Enter at most " + major(limits.maxAmount().get(), currency) + ": the most this lender lends.");
		}
		else if (amount != null && limits.minAmount().filter(min -> amount < min).isPresent()) {
			errors.put("amount", "Enter at least " + major(limits.minAmount().get(), currency) + ": the least this lender lends.");
		}
		Integer term = term(limits.termsMonths(), errors);
		text("purpose", 200, "Say what the loan is for", errors);
		if (!checked("consent")) {
			errors.put("consent", marketplace ? "Tick the box to share your application with the lenders: they need it to make you an offer."
					: "Tick the box to let the lender check your credit file: it needs to before it makes you an offer.");
		}
		if (!errors.isEmpty()) {
			return new Checked(Optional.empty(), errors);
		}
		return new Checked(Optional.of(new Applicants.Application(value("name").strip(), value("nationalId").strip(), born, email,
				income, value("employment"), value("address").strip(), amount, term, value("purpose").strip(),
				marketplace ? Optional.of(value("country")) : Optional.empty(), true, marketplace)), errors);
	}

	/** The draft to submit, or the errors by field. */
	record Checked(Optional<Applicants.Application> application, Map<String, String> errors) {
	}

	/** The form's field an API field error is about: the service names fields as the JSON body does. */
	static String fieldOf(FieldError error) {
		return switch (error.field()) {
			case "consentToShare" -> "consent";
			case "termMonths" -> "term";
			default -> error.field().startsWith("applicant.") ? error.field().substring("applicant.".length()) : error.field();
		};
	}

	private void text(String field, int max, String ask, Map<String, String> errors) {
		String value = value(field).strip();
		if (value.isEmpty()) {
			errors.put(field, ask + ".");
		}
		else if (value.length() > max) {
			errors.put(field, ask + " in at most " + max + " characters.");
		}
	}

	private LocalDate date(Map<String, String> errors) {
		try {
			LocalDate born = LocalDate.parse(value("dateOfBirth").strip());
			if (!born.isAfter(LocalDate.now()) && born.getYear() >= 1900) {
				return born;
			}
		}
		catch (DateTimeParseException malformed) {
			// answered below
		}
		errors.put("dateOfBirth", "Enter your date of birth, such as 1990-04-25.");
		return null;
	}

	private Long money(String field, Currency currency, String ask, Map<String, String> errors) {
		String typed = value(field).strip().replace(" ", "");
		if (!typed.contains(".")) {
			typed = typed.replace(',', '.');
		}
		try {
			BigDecimal major = new BigDecimal(typed);
			if (major.signum() >= 0 && major.compareTo(MAX_AMOUNT) <= 0
					&& major.scale() <= currency.getDefaultFractionDigits()) {
				return major.movePointRight(currency.getDefaultFractionDigits()).longValueExact();
			}
		}
		catch (NumberFormatException | ArithmeticException malformed) {
			// answered below
		}
		errors.put(field, ask);
		return null;
	}

	private Integer term(List<Integer> terms, Map<String, String> errors) {
		try {
			int term = Integer.parseInt(value("term"));
			if (terms.contains(term)) {
				return term;
			}
		}
		catch (NumberFormatException malformed) {
			// answered below
		}
		errors.put("term", "Choose how many months you want to repay over.");
		return null;
	}

	private static String major(long minor, Currency currency) {
		return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()).toPlainString() + " " + currency.getCurrencyCode();
	}
}
