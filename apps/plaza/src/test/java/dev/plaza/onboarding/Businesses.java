package dev.plaza.onboarding;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Businesses to upload, with tax ids and IBANs that pass their countries' check digits, new on each
 * call (the tests share one database), written as the CSV or NDJSON rows of an onboarding job.
 */
final class Businesses {

	static final String HEADER = "legalName,taxId,country,contactEmail,contactName,iban,address";

	private Businesses() {
	}

	/** A valid business of the country (ES, PT or FR) named so, with its contact at the mail domain. */
	static Business valid(String country, String name, String mailDomain) {
		long n = ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
		String taxId = switch (country) {
			case "ES" -> spanishNif(n);
			case "PT" -> portugueseNif(5_000_0000L + n % 1_000_0000L);
			case "FR" -> siren(n);
			default -> throw new IllegalArgumentException(country);
		};
		String contact = "owner-" + taxId.toLowerCase(Locale.ROOT) + "@" + mailDomain;
		return new Business(name, taxId, country, contact, "Owner of " + name, iban(country, n), "Main street " + n % 100);
	}

	static String csv(List<Business> businesses) {
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		businesses.forEach(business -> lines.add(business.csv()));
		return String.join("\r\n", lines) + "\r\n";
	}

	record Business(String legalName, String taxId, String country, String contactEmail, String contactName, String iban,
			String address) {

		Business withTaxId(String value) {
			return new Business(legalName, value, country, contactEmail, contactName, iban, address);
		}

		Business withIban(String value) {
			return new Business(legalName, taxId, country, contactEmail, contactName, value, address);
		}

		Business withContactEmail(String value) {
			return new Business(legalName, taxId, country, value, contactName, iban, address);
		}

		String csv() {
			return String.join(",", quoted(legalName), taxId, country, contactEmail == null ? "" : contactEmail,
					quoted(contactName), iban, quoted(address));
		}

		String slug() {
			return (country + "-" + taxId).toLowerCase(Locale.ROOT);
		}

		private static String quoted(String value) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}
	}

	/** A Spanish NIF: eight digits and the letter their number modulo 23 names. */
	private static String spanishNif(long n) {
		return String.format("%08d", n) + "TRWAGMYFPDXBNJZSQVHLCKE".charAt((int) (n % 23));
	}

	/** A Portuguese NIF of a company (starting with 5): eight digits and a modulo 11 check digit. */
	private static String portugueseNif(long eightDigits) {
		String digits = Long.toString(eightDigits);
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (digits.charAt(i) - '0') * (9 - i);
		}
		int remainder = sum % 11;
		return digits + (remainder < 2 ? 0 : 11 - remainder);
	}

	/** A French SIREN: eight digits and a Luhn check digit. */
	private static String siren(long n) {
		String digits = String.format("%08d", n);
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			int d = digits.charAt(i) - '0';
			// Counting from the check digit's right, every second digit is doubled.
			if (i % 2 == 1) {
				d *= 2;
				d = d > 9 ? d - 9 : d;
			}
			sum += d;
		}
		return digits + (10 - sum % 10) % 10;
	}

	/** An IBAN of the country's length whose MOD 97-10 check digits are right. */
	private static String iban(String country, long n) {
		int bbanLength = switch (country) {
			case "ES" -> 20;
			case "PT" -> 21;
			case "FR" -> 23;
			default -> throw new IllegalArgumentException(country);
		};
		String bban = String.format("%0" + bbanLength + "d", n);
		String rearranged = bban + (country.charAt(0) - 'A' + 10) + (country.charAt(1) - 'A' + 10) + "00";
		int check = 98 - new BigInteger(rearranged).mod(BigInteger.valueOf(97)).intValue();
		return country + String.format("%02d", check) + bban;
	}
}
