package dev.plaza.rules.application;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
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
import dev.plaza.rules.RuleSet;

/**
 * A country's document as {@code country-configuration.schema.json} describes it, read once the schema
 * accepted it; {@link #violations} adds what a schema cannot say (a real currency and time zone, bounds
 * in order).
 */
record CountryDocument(String currency, String timeZone, Map<String, BigDecimal> vat, TaxId taxId, Kyc kyc,
		Limits limits, CommerceDocument commerce, Lending lending, Map<String, RuleSetDocument> ruleSets) {

	record TaxId(TaxIdFormat format) {
	}

	record CommerceDocument(long holdTtlSeconds, long paymentDeadlineSeconds) {
	}

	List<FieldError> violations(String prefix) {
		List<FieldError> errors = new ArrayList<>();
		try {
			Currency.getInstance(currency);
		}
		catch (IllegalArgumentException unknown) {
			errors.add(new FieldError(prefix + "/currency", "must be an ISO 4217 currency code, such as \"EUR\""));
		}
		try {
			ZoneId.of(timeZone);
		}
		catch (DateTimeException unknown) {
			errors.add(new FieldError(prefix + "/timeZone", "must be an IANA time zone, such as \"Europe/Madrid\""));
		}
		if (limits.perTransaction() > limits.perDay()) {
			errors.add(new FieldError(prefix + "/limits/perTransaction", "must be at most the daily limit (" + limits.perDay() + ")"));
		}
		if (lending.minAmount() > lending.maxAmount()) {
			errors.add(new FieldError(prefix + "/lending/minAmount", "must be at most maxAmount (" + lending.maxAmount() + ")"));
		}
		ruleSets.forEach((name, ruleSet) -> errors.addAll(ruleSet.repeatedNames(prefix + "/ruleSets/" + name)));
		return errors;
	}

	CountryConfiguration toConfiguration(Country country, int version, Instant effectiveFrom) {
		return new CountryConfiguration(country, version, effectiveFrom, Currency.getInstance(currency), ZoneId.of(timeZone),
				vat, taxId.format(), kyc, limits,
				new Commerce(Duration.ofSeconds(commerce.holdTtlSeconds()), Duration.ofSeconds(commerce.paymentDeadlineSeconds())),
				lending, ruleSets(ruleSets));
	}

	static Map<String, RuleSet> ruleSets(Map<String, RuleSetDocument> documents) {
		Map<String, RuleSet> ruleSets = new LinkedHashMap<>();
		if (documents != null) {
			documents.forEach((name, document) -> ruleSets.put(name, document.toRuleSet(name)));
		}
		return ruleSets;
	}
}
