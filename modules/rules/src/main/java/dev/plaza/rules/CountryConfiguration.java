package dev.plaza.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration in force for a country (or for a tenant: its country's, with the tenant's own
 * overrides applied), read from one version of the country's document.
 *
 * @param version the country document's version it was read from
 * @param currency what is sold and lent in
 * @param timeZone where the country's days start and end (close of business, reports)
 * @param vatPercent VAT per tax class code ({@code standard}, {@code reduced}, {@code super-reduced},
 *     {@code zero}) in percent of the net price, such as 21 or 5.5
 * @param taxId which national tax-id format businesses there carry
 * @param ruleSets the rule sets by name, such as {@code onboarding}
 */
public record CountryConfiguration(Country country, int version, Instant effectiveFrom, Currency currency,
		ZoneId timeZone, Map<String, BigDecimal> vatPercent, TaxIdFormat taxId, Kyc kyc, Limits limits,
		Commerce commerce, Lending lending, Map<String, RuleSet> ruleSets) {

	public CountryConfiguration {
		vatPercent = Map.copyOf(vatPercent);
		ruleSets = Map.copyOf(ruleSets);
	}

	public Optional<BigDecimal> vatPercent(String taxClass) {
		return Optional.ofNullable(vatPercent.get(taxClass));
	}

	/** The national tax-id formats rules can check; {@code NONE} where none is required. */
	public enum TaxIdFormat {
		ES_NIF, PT_NIF, FR_SIREN, DE_STEUERNUMMER, IT_PARTITA_IVA, GB_UTR, NONE
	}

	/** What a business must show to be verified. */
	public record Kyc(List<String> documents, int beneficialOwnerThresholdPercent) {

		public Kyc {
			documents = List.copyOf(documents);
		}
	}

	/** The most one payment, and one customer's payments in a day, may move (minor units). */
	public record Limits(long perTransaction, long perDay) {
	}

	/** How long a hold keeps its seats or stock, and how long an order awaits payment. */
	public record Commerce(Duration holdTtl, Duration paymentDeadline) {
	}

	/** The bounds every loan product sold in the country must respect. Amounts in minor units. */
	public record Lending(long minAmount, long maxAmount, int maxTermMonths, int maxAnnualRateBasisPoints,
			int maxAprBasisPoints) {
	}
}
