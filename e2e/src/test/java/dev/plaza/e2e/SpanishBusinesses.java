package dev.plaza.e2e;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Spanish businesses for an onboarding job: a NIF and an IBAN whose check digits are right, new on
 * each call (the stack's databases outlive a test), written as rows of the job's CSV.
 */
final class SpanishBusinesses {

	static final String HEADER = "legalName,taxId,country,contactEmail,contactName,iban,address";

	private SpanishBusinesses() {
	}

	/** A business that passes Spain's onboarding rules, its contact at the mail domain. */
	static Business valid(String name, String mailDomain) {
		long n = ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
		String nif = String.format("%08d", n) + "TRWAGMYFPDXBNJZSQVHLCKE".charAt((int) (n % 23));
		return new Business(name, nif, "owner-" + nif.toLowerCase(Locale.ROOT) + "@" + mailDomain, iban(n));
	}

	static String csv(List<Business> businesses) {
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		businesses.forEach(business -> csv.append(business.csv()).append("\r\n"));
		return csv.toString();
	}

	/** A Spanish IBAN (20-digit BBAN) whose MOD 97-10 check digits are right. */
	private static String iban(long n) {
		String bban = String.format("%020d", n);
		String rearranged = bban + "142800"; // E = 14, S = 28, check digits 00
		int check = 98 - new BigInteger(rearranged).mod(BigInteger.valueOf(97)).intValue();
		return "ES" + String.format("%02d", check) + bban;
	}

	record Business(String legalName, String taxId, String contactEmail, String iban) {

		/** The same business with a tax id whose check letter is wrong. */
		Business withWrongCheckLetter() {
			char letter = taxId.charAt(8) == 'A' ? 'B' : 'A';
			return new Business(legalName, taxId.substring(0, 8) + letter, contactEmail, iban);
		}

		/** The slug of the organization it is provisioned as. */
		String slug() {
			return "es-" + taxId.toLowerCase(Locale.ROOT);
		}

		String csv() {
			return String.join(",", '"' + legalName + '"', taxId, "ES", contactEmail, "\"Owner of " + legalName + '"', iban,
					"\"Calle Mayor 1, Madrid\"");
		}
	}
}
