package dev.plaza.rules.domain;

/**
 * The United Kingdom's Unique Taxpayer Reference: ten digits, the first a check digit over the other nine
 * weighted 6, 7, 8, 9, 10, 5, 4, 3, 2, the sum modulo 11 indexing {@code 21987654321} (HMRC's published
 * scheme, as python-stdnum's {@code gb.utr} implements it). A leading {@code K} or trailing {@code K} of
 * self-assessment letters is ignored.
 */
public final class UnitedKingdomUtr {

	private static final int[] WEIGHTS = { 6, 7, 8, 9, 10, 5, 4, 3, 2 };

	private static final String CHECK_DIGITS = "21987654321";

	private UnitedKingdomUtr() {
	}

	/** Whether the text is a valid UTR, such as {@code 1955839661} (spaces ignored). */
	public static boolean isValid(String utr) {
		String id = TaxIdText.compact(utr);
		if (id.startsWith("K")) {
			id = id.substring(1);
		}
		if (id.endsWith("K")) {
			id = id.substring(0, id.length() - 1);
		}
		if (!TaxIdText.digits(id, 10)) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (id.charAt(i + 1) - '0') * WEIGHTS[i];
		}
		return id.charAt(0) == CHECK_DIGITS.charAt(sum % 11);
	}
}
