package dev.plaza.rules.domain;

/**
 * Italy's Partita IVA: eleven digits, seven for the holder, three for the provincial tax office (001 to 100,
 * or 120, 121, 888, 999 for special offices), and a check digit by the Luhn scheme (DM 23 dicembre 1976,
 * art. 7; the same check as ISO/IEC 7812-1); never seven zeros.
 */
public final class ItalianPartitaIva {

	private ItalianPartitaIva() {
	}

	/** Whether the text is a valid Partita IVA, such as {@code 00743110157} (spaces ignored). */
	public static boolean isValid(String partitaIva) {
		String id = TaxIdText.compact(partitaIva);
		return TaxIdText.digits(id, 11) && !id.startsWith("0000000") && knownOffice(id.substring(7, 10))
				&& TaxIdText.luhn(id);
	}

	private static boolean knownOffice(String office) {
		int code = Integer.parseInt(office);
		return code >= 1 && code <= 100 || code == 120 || code == 121 || code == 888 || code == 999;
	}
}
