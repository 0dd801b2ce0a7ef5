package dev.plaza.rules.domain;

/**
 * Spain's tax ids: the NIF of a person (the DNI number and its control letter), the NIE of a foreign
 * resident, and the CIF of a company. Algorithms as the Ministerio del Interior publishes them for the
 * DNI and NIE (the number modulo 23 indexes the letter table), and Orden EHA/451/2008 for the
 * company's control character.
 */
public final class SpanishTaxIds {

	private static final String CONTROL_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

	private static final String COMPANY_LETTERS = "ABCDEFGHJNPQRSUVW";

	/** Companies whose control character is always a letter (public bodies, foreign entities, non-residents). */
	private static final String LETTER_CONTROLLED = "NPQRSW";

	/** Companies whose control character is always a digit (sociedades anónimas, limitadas, comunidades de bienes). */
	private static final String DIGIT_CONTROLLED = "ABEH";

	/** Control letter of a company's CIF, indexed by its control digit. */
	private static final String COMPANY_CONTROL_LETTERS = "JABCDEFGHI";

	private SpanishTaxIds() {
	}

	/** Whether the text is a valid NIF, NIE or CIF (separators and case ignored). */
	public static boolean isValid(String taxId) {
		String id = TaxIdText.compact(taxId);
		return isValidDni(id) || isValidNie(id) || isValidCif(id);
	}

	/** A person's NIF: eight digits and the letter their number modulo 23 names, such as {@code 12345678Z}. */
	public static boolean isValidDni(String taxId) {
		String id = TaxIdText.compact(taxId);
		return id.length() == 9 && TaxIdText.digits(id.substring(0, 8), 8)
				&& id.charAt(8) == CONTROL_LETTERS.charAt(Integer.parseInt(id.substring(0, 8)) % 23);
	}

	/** A foreign resident's NIE: X, Y or Z (standing for 0, 1, 2), seven digits and the DNI's control letter. */
	public static boolean isValidNie(String taxId) {
		String id = TaxIdText.compact(taxId);
		if (id.length() != 9 || "XYZ".indexOf(id.charAt(0)) < 0) {
			return false;
		}
		return isValidDni("XYZ".indexOf(id.charAt(0)) + id.substring(1));
	}

	/**
	 * A company's CIF: its kind's letter, seven digits (province and number) and a control character: a
	 * digit, or a letter of {@code JABCDEFGHI}, depending on the kind.
	 */
	public static boolean isValidCif(String taxId) {
		String id = TaxIdText.compact(taxId);
		if (id.length() != 9 || COMPANY_LETTERS.indexOf(id.charAt(0)) < 0 || !TaxIdText.digits(id.substring(1, 8), 7)) {
			return false;
		}
		int sum = 0;
		for (int i = 1; i <= 7; i++) {
			int digit = id.charAt(i) - '0';
			if (i % 2 == 1) {
				// Odd places are doubled and their digits added.
				digit = digit * 2 / 10 + digit * 2 % 10;
			}
			sum += digit;
		}
		int control = (10 - sum % 10) % 10;
		char kind = id.charAt(0);
		char given = id.charAt(8);
		boolean asDigit = given == (char) ('0' + control);
		boolean asLetter = given == COMPANY_CONTROL_LETTERS.charAt(control);
		if (LETTER_CONTROLLED.indexOf(kind) >= 0) {
			return asLetter;
		}
		if (DIGIT_CONTROLLED.indexOf(kind) >= 0) {
			return asDigit;
		}
		return asDigit || asLetter;
	}
}
