package dev.plaza.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import dev.plaza.platform.FieldError;
import dev.plaza.rules.Country;
import dev.plaza.rules.CountryConfiguration;
import dev.plaza.rules.CountryConfiguration.Commerce;
import dev.plaza.rules.CountryConfiguration.Kyc;
import dev.plaza.rules.CountryConfiguration.Lending;
import dev.plaza.rules.CountryConfiguration.Limits;
import dev.plaza.rules.CountryConfiguration.TaxIdFormat;
import dev.plaza.rules.InputKind;
import dev.plaza.rules.Rule;
import dev.plaza.rules.RuleSet;
import dev.plaza.rules.Severity;
import org.junit.jupiter.api.Test;

class TighteningTest {

	static final RuleSet ONBOARDING = new RuleSet("onboarding", InputKind.APPLICANT,
			List.of(new Rule("ibanValid", "isValidIban(applicant.iban)", "iban must be valid", Severity.ERROR)));

	static CountryConfiguration portugal(int version, Instant effectiveFrom, long perDay) {
		return new CountryConfiguration(Country.of("PT"), version, effectiveFrom, Currency.getInstance("EUR"),
				ZoneId.of("Europe/Lisbon"), Map.of("standard", new BigDecimal("23")), TaxIdFormat.PT_NIF,
				new Kyc(List.of("proof-of-address"), 25), new Limits(1_000_000, perDay),
				new Commerce(Duration.ofMinutes(10), Duration.ofMinutes(15)), new Lending(100_000, 5_000_000, 84, 1500, 1800),
				Map.of("onboarding", ONBOARDING));
	}

	static final CountryConfiguration PORTUGAL = portugal(3, Instant.EPOCH, 5_000_000);

	@Test
	void tighterOverridesAreAcceptedAndLooserOnesNamedWithTheCountrysBound() {
		Overrides overrides = new Overrides(new Overrides.Limits(500_000L, 6_000_000L), new Overrides.Commerce(null, 1_800L),
				new Overrides.Lending(50_000L, 4_000_000L, null, null, 2_000), Map.of());

		List<FieldError> looser = Tightening.looser(PORTUGAL, overrides, "/overrides");

		assertThat(looser).extracting(FieldError::field).containsExactly("/overrides/limits/perDay",
				"/overrides/commerce/paymentDeadlineSeconds", "/overrides/lending/minAmount", "/overrides/lending/maxAprBasisPoints");
		assertThat(looser.getFirst().reason()).isEqualTo("must be at most 5000000, the PT daily limit of configuration version 3");
		assertThat(looser.get(2).reason()).startsWith("must be at least 100000");
	}

	@Test
	void aTenantAddsRulesToTheCountrysSetButNeverReusesTheirNames() {
		RuleSet own = new RuleSet("onboarding", InputKind.APPLICANT, List.of(
				new Rule("ibanValid", "true", "anything", Severity.ERROR),
				new Rule("shortName", "size(applicant.legalName) < 100", "too long", Severity.WARNING)));
		Overrides overrides = new Overrides(null, null, null, Map.of("onboarding", own));

		assertThat(Tightening.looser(PORTUGAL, overrides, "")).extracting(FieldError::field)
			.containsExactly("/ruleSets/onboarding/rules/0/name");
		Overrides adding = new Overrides(null, null, null, Map.of("onboarding",
				new RuleSet("onboarding", InputKind.APPLICANT, List.of(own.rules().get(1)))));
		assertThat(Tightening.apply(PORTUGAL, adding).ruleSets().get("onboarding").rules()).extracting(Rule::name)
			.containsExactly("ibanValid", "shortName");
	}

	@Test
	void theTighterOfCountryAndTenantAppliesEvenAfterTheCountryTightensBelowTheTenant() {
		Overrides overrides = new Overrides(new Overrides.Limits(null, 4_000_000L), new Overrides.Commerce(300L, null), null,
				Map.of());

		CountryConfiguration applied = Tightening.apply(PORTUGAL, overrides);
		CountryConfiguration afterCountryTightened = Tightening.apply(portugal(4, Instant.EPOCH, 2_000_000), overrides);

		assertThat(applied.limits()).isEqualTo(new Limits(1_000_000, 4_000_000));
		assertThat(applied.commerce()).isEqualTo(new Commerce(Duration.ofMinutes(5), Duration.ofMinutes(15)));
		assertThat(afterCountryTightened.limits().perDay()).isEqualTo(2_000_000);
		assertThat(Tightening.apply(PORTUGAL, Overrides.NONE)).isEqualTo(PORTUGAL);
	}
}
