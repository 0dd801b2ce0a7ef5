package dev.plaza.rules.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The International Bank Account Number (ISO 13616-1): a country code, two check digits and the national
 * account number (BBAN), of the length the country registers, the whole passing ISO 7064 MOD 97-10 (the
 * number with its first four characters moved to the end, letters as 10 to 35, leaves 1 modulo 97). Lengths
 * from SWIFT's IBAN registry: every SEPA country and a few near neighbours.
 */
public final class Iban {

	private static final Map<String, Integer> LENGTHS = Map.ofEntries(Map.entry("AD", 24), Map.entry("AT", 20),
			Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24),
			Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18),
			Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GI", 23), Map.entry("GR", 27), Map.entry("HR", 21),
			Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("LI", 21),
			Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MT", 31),
			Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("RO", 24),
			Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("VA", 22),
			// Not SEPA, but customers there bank with SEPA banks' neighbours
			Map.entry("AL", 28), Map.entry("BA", 20), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("RS", 22),
			Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("MD", 24), Map.entry("FO", 18), Map.entry("GL", 18));

	private Iban() {
	}

	/** Whether the text is a valid IBAN, such as {@code ES91 2100 0418 4502 0005 1332} (spaces and case ignored). */
	public static boolean isValid(String iban) {
		if (iban == null) {
			return false;
		}
		String id = iban.replace(" ", "").toUpperCase(Locale.ROOT);
		Integer length = id.length() >= 2 ? LENGTHS.get(id.substring(0, 2)) : null;
		if (length == null || id.length() != length || !id.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+")) {
			return false;
		}
		return mod97(id.substring(4) + id.substring(0, 4)) == 1;
	}

	/** The countries whose IBAN length is known, and so whose IBANs can be valid. */
	public static Set<String> countries() {
		return LENGTHS.keySet();
	}

	/** The remainder modulo 97, taken digit by digit so no number grows past an int. */
	private static int mod97(String rearranged) {
		int remainder = 0;
		for (int i = 0; i < rearranged.length(); i++) {
			int value = Character.digit(rearranged.charAt(i), 36);
			remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
		}
		return remainder;
	}
}
