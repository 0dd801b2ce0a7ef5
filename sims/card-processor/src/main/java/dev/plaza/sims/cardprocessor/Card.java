package dev.plaza.sims.cardprocessor;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A card as entered: digits of the number, the month it expires at the end of, and its security code.
 *
 * @param number the card number, digits only
 * @param expiry the last month the card is valid in
 * @param cvc three or four digits
 */
record Card(String number, YearMonth expiry, String cvc) {

	/** What a person may have typed wrong, by field ({@code number}, {@code expiry}, {@code cvc}); empty when valid. */
	static Map<String, String> check(String number, YearMonth expiry, String cvc) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (!number.matches("\\d{12,19}") || !passesLuhn(number)) {
			errors.put("number", "Your card number is incorrect. Check the 12 to 19 digits on the front of the card.");
		}
		if (expiry == null) {
			errors.put("expiry", "Enter the expiry date as MM/YY, such as 12/30.");
		}
		else if (expiry.isBefore(YearMonth.now(ZoneOffset.UTC))) {
			errors.put("expiry", "Your card has expired. Use a card whose expiry date is this month or later.");
		}
		if (!cvc.matches("\\d{3,4}")) {
			errors.put("cvc", "Your card's security code is incorrect. Enter the 3 or 4 digits printed on the card.");
		}
		return errors;
	}

	/** Reads {@code MM/YY}, {@code MM / YY} or {@code MM/YYYY}; null when it is neither. */
	static YearMonth expiry(String text) {
		String[] parts = text.replace(" ", "").split("/");
		if (parts.length != 2 || !parts[0].matches("\\d{1,2}") || !parts[1].matches("\\d{2}|\\d{4}")) {
			return null;
		}
		int month = Integer.parseInt(parts[0]);
		int year = Integer.parseInt(parts[1]);
		return expiry(month, year < 100 ? 2000 + year : year);
	}

	/** The month, or null when the month is not 1–12. */
	static YearMonth expiry(int month, int year) {
		return month >= 1 && month <= 12 && year > 0 ? YearMonth.of(year, month) : null;
	}

	/** The digits, without the spaces or dashes people type between groups. */
	static String digits(String typed) {
		return typed.replaceAll("[\\s-]", "");
	}

	String brand() {
		if (number.startsWith("4")) {
			return "Visa";
		}
		if (number.matches("5[1-5].*|2[2-7].*")) {
			return "MasterCard";
		}
		if (number.matches("3[47].*")) {
			return "American Express";
		}
		return "Unknown";
	}

	String last4() {
		return number.substring(number.length() - 4);
	}

	private static boolean passesLuhn(String number) {
		int sum = 0;
		for (int i = 0; i < number.length(); i++) {
			int digit = number.charAt(number.length() - 1 - i) - '0';
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
