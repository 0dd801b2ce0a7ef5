package dev.plaza.rules.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.plaza.rules.CountryConfiguration;
import dev.plaza.rules.RuleSet;

/** A configuration in force, in the shape of the country document (GET /api/v1/config/schema). */
record ConfigurationDocumentView(String currency, String timeZone, Map<String, BigDecimal> vat, TaxIdView taxId,
		CountryConfiguration.Kyc kyc, CountryConfiguration.Limits limits, CommerceView commerce,
		CountryConfiguration.Lending lending, Map<String, RuleSetView> ruleSets) {

	record TaxIdView(String format) {
	}

	record CommerceView(long holdTtlSeconds, long paymentDeadlineSeconds) {
	}

	record RuleSetView(String input, List<RuleView> rules) {
	}

	record RuleView(String name, String expression, String message, String severity) {
	}

	static ConfigurationDocumentView of(CountryConfiguration configuration) {
		Map<String, RuleSetView> ruleSets = new LinkedHashMap<>();
		configuration.ruleSets().forEach((name, ruleSet) -> ruleSets.put(name, ruleSet(ruleSet)));
		return new ConfigurationDocumentView(configuration.currency().getCurrencyCode(), configuration.timeZone().getId(),
				configuration.vatPercent(), new TaxIdView(configuration.taxId().name()), configuration.kyc(),
				configuration.limits(), new CommerceView(configuration.commerce().holdTtl().toSeconds(),
						configuration.commerce().paymentDeadline().toSeconds()),
				configuration.lending(), ruleSets);
	}

	private static RuleSetView ruleSet(RuleSet ruleSet) {
		return new RuleSetView(ruleSet.input().variable(), ruleSet.rules().stream()
			.map(rule -> new RuleView(rule.name(), rule.expression(), rule.message(),
					rule.severity().name().toLowerCase(Locale.ROOT)))
			.toList());
	}
}
