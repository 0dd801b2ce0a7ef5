package dev.plaza.rules.domain;

import java.util.Locale;

/**
 * A business's national tax id checked by its country's rule: Spain's NIF, NIE or CIF, Portugal's NIF,
 * France's SIREN, Germany's Steuernummer format, Italy's Partita IVA, the United Kingdom's UTR.
 */
public final class TaxIds {

	private TaxIds() {
	}

	/**
	 * Whether the tax id is valid in the country (ISO 3166-1 alpha-2, either case); {@code false} for a
	 * country Plaza knows no tax-id rule of, since nothing can vouch for the id there.
	 */
	public static boolean isValid(String country, String taxId) {
		if (country == null) {
			return false;
		}
		return switch (country.trim().toUpperCase(Locale.ROOT)) {
			case "ES" -> SpanishTaxIds.isValid(taxId);
			case "PT" -> PortugueseNif.isValid(taxId);
			case "FR" -> Siren.isValid(taxId);
			case "DE" -> Steuernummer.isValid(taxId);
			case "IT" -> ItalianPartitaIva.isValid(taxId);
			case "GB" -> UnitedKingdomUtr.isValid(taxId);
			default -> false;
		};
	}
}
