package dev.plaza.rules.domain;

/**
 * Portugal's Número de Identificação Fiscal: nine digits, the first naming the holder's kind, the last a
 * mod 11 check digit over the first eight weighted 9 down to 2 (Autoridade Tributária e Aduaneira; Decreto-Lei
 * 14/2013).
 */
public final class PortugueseNif {

	private PortugueseNif() {
	}

	/** Whether the text is a valid NIF, such as {@code 123456789} (spaces ignored). */
	public static boolean isValid(String taxId) {
		String id = TaxIdText.compact(taxId);
		if (!TaxIdText.digits(id, 9) || !knownKind(id)) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (id.charAt(i) - '0') * (9 - i);
		}
		int remainder = sum % 11;
		int check = remainder < 2 ? 0 : 11 - remainder;
		return id.charAt(8) - '0' == check;
	}

	/**
	 * People (1, 2, 3), companies (5), public bodies (6), non-residents (45), inheritances and funds (70-79),
	 * sole traders (8), and irregular or provisional holders (90, 91, 98, 99).
	 */
	private static boolean knownKind(String id) {
		if ("123568".indexOf(id.charAt(0)) >= 0) {
			return true;
		}
		String prefix = id.substring(0, 2);
		return prefix.equals("45") || prefix.matches("7[0-9]") || prefix.matches("9[0189]");
	}
}
