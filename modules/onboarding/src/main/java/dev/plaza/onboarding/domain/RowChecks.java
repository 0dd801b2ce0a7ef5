package dev.plaza.onboarding.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks every row passes before its country's rules see it: each field present and of the
 * right shape, the country one Plaza has configuration for. Each failure names the field as its rule.
 * The country's own rules (tax-id and IBAN check digits, say) come after, from configuration.
 */
public final class RowChecks {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	/** ISO 13616: country, two check digits, 11 to 30 letters and digits; spaces allowed for reading. */
	private static final Pattern IBAN = Pattern.compile("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$");

	private static final Pattern TAX_ID = Pattern.compile("^[A-Za-z0-9.\\- ]{2,30}$");

	private final Set<String> countries;

	/** @param countries the ISO codes of the countries Plaza has configuration for */
	public RowChecks(Set<String> countries) {
		this.countries = Set.copyOf(countries);
	}

	/** Every failed check of the row; empty when it has the shape of a business. */
	public List<Reason> check(Business business) {
		List<Reason> failures = new ArrayList<>();
		text(failures, "legalName", business.legalName(), 200, "the business's registered name");
		if (blank(business.taxId()) || !TAX_ID.matcher(business.taxId().strip()).matches()) {
			failures.add(Reason.error("taxId", "must be the business's tax id, 2 to 30 letters and digits"));
		}
		if (blank(business.country()) || !countries.contains(business.country().strip().toUpperCase(Locale.ROOT))) {
			failures.add(Reason.error("country", "must be one of the countries Plaza serves: "
					+ String.join(", ", countries.stream().sorted().toList())));
		}
		if (blank(business.contactEmail()) || business.contactEmail().strip().length() > 254
				|| !EMAIL.matcher(business.contactEmail().strip()).matches()) {
			failures.add(Reason.error("contactEmail", "must be an e-mail address such as ana@example.com"));
		}
		text(failures, "contactName", business.contactName(), 200, "the contact person's name");
		if (blank(business.iban()) || !IBAN.matcher(compactIban(business.iban())).matches()) {
			failures.add(Reason.error("iban", "must be an IBAN such as ES91 2100 0418 4502 0005 1332"));
		}
		text(failures, "address", business.address(), 500, "the business's postal address");
		business.externalReference()
			.filter(reference -> reference.length() > 100)
			.ifPresent(reference -> failures.add(Reason.error("externalReference", "must be at most 100 characters")));
		return failures;
	}

	/** The IBAN as rules read it: upper case, without the spaces people print it with. */
	public static String compactIban(String iban) {
		return iban.replace(" ", "").toUpperCase(Locale.ROOT);
	}

	private static void text(List<Reason> failures, String field, String value, int max, String what) {
		if (blank(value) || value.strip().length() > max) {
			failures.add(Reason.error(field, "must be " + what + ", 1 to " + max + " characters"));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
