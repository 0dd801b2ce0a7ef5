package dev.plaza.rules.domain;

/**
 * France's SIREN, the number INSEE gives a business: nine digits passing the Luhn check (INSEE, "Le numéro
 * SIREN"). La Poste's {@code 356000000}, whose digits only sum to a multiple of 5, is the one historical
 * exception INSEE documents.
 */
public final class Siren {

	private static final String LA_POSTE = "356000000";

	private Siren() {
	}

	/** Whether the text is a valid SIREN, such as {@code 732 829 320} (spaces ignored). */
	public static boolean isValid(String siren) {
		String id = TaxIdText.compact(siren);
		return TaxIdText.digits(id, 9) && (TaxIdText.luhn(id) || id.equals(LA_POSTE));
	}
}
