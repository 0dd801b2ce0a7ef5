package dev.plaza.rules.domain;

import java.util.Map;

import dev.plaza.rules.RuleSet;

/**
 * What a tenant sets tighter than its country. A missing (null) part or field follows the country;
 * rule sets add to the country's (a rule set of the same name gains the tenant's rules).
 */
public record Overrides(Limits limits, Commerce commerce, Lending lending, Map<String, RuleSet> ruleSets) {

	public static final Overrides NONE = new Overrides(null, null, null, Map.of());

	public Overrides {
		ruleSets = ruleSets == null ? Map.of() : Map.copyOf(ruleSets);
	}

	/** At most the country's limits, in minor units. */
	public record Limits(Long perTransaction, Long perDay) {
	}

	/** At most the country's hold and payment deadline, in seconds. */
	public record Commerce(Long holdTtlSeconds, Long paymentDeadlineSeconds) {
	}

	/** Within the country's lending bounds: a higher minimum, lower maxima and caps. */
	public record Lending(Long minAmount, Long maxAmount, Integer maxTermMonths, Integer maxAnnualRateBasisPoints,
			Integer maxAprBasisPoints) {
	}
}
