package dev.plaza.rules.domain;

import java.util.Locale;

/** How people write identifiers: with spaces, dots, hyphens or slashes between groups, in either case. */
final class TaxIdText {

	private TaxIdText() {
	}

	/** The identifier without separators, upper case; empty for {@code null}. */
	static String compact(String written) {
		if (written == null) {
			return "";
		}
		return written.replaceAll("[\\s./-]", "").toUpperCase(Locale.ROOT);
	}

	static boolean digits(String text, int length) {
		if (text.length() != length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the digits pass the Luhn check (ISO/IEC 7812-1 annex B): from the right, every second
	 * digit doubled (less 9 when over 9), the sum a multiple of 10.
	 */
	static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}
}
