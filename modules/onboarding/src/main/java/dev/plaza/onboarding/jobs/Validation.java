package dev.plaza.onboarding.jobs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.plaza.onboarding.application.OnboardingProperties;
import dev.plaza.onboarding.domain.Business;
import dev.plaza.onboarding.domain.ItemState;
import dev.plaza.onboarding.domain.Reason;
import dev.plaza.onboarding.domain.RowChecks;
import dev.plaza.onboarding.persistence.ItemRepository;
import dev.plaza.onboarding.persistence.Outcome;
import dev.plaza.onboarding.persistence.StoredItem;
import dev.plaza.rules.Configurations;
import dev.plaza.rules.Country;
import dev.plaza.rules.RuleFailure;
import dev.plaza.rules.Rules;
import dev.plaza.rules.Severity;
import org.springframework.stereotype.Component;

/**
 * Checks received items a chunk at a time: each row's fields and their shapes, then its country's
 * {@code onboarding} rule set. An error makes the item {@code invalid} with every failure; warnings
 * stay with a {@code validated} item.
 */
@Component
class Validation {

	static final String RULE_SET = "onboarding";

	private final ItemRepository items;

	private final Configurations configurations;

	private final Rules rules;

	private final OnboardingProperties properties;

	Validation(ItemRepository items, Configurations configurations, Rules rules, OnboardingProperties properties) {
		this.items = items;
		this.configurations = configurations;
		this.rules = rules;
		this.properties = properties;
	}

	/** Validates one chunk; whether there was one. */
	boolean validateChunk(UUID owner, Scoped scoped) {
		List<StoredItem> claimed = scoped.inTransaction(
				() -> items.claim(Set.of(ItemState.RECEIVED), properties.chunkSize() * 5, owner, properties.lease()));
		if (claimed.isEmpty()) {
			return false;
		}
		RowChecks checks = new RowChecks(configurations.countries().stream().map(Country::code).collect(Collectors.toSet()));
		List<Outcome> outcomes = new ArrayList<>(claimed.size());
		for (StoredItem item : claimed) {
			List<Reason> failures = checks.check(item.business());
			if (failures.isEmpty()) {
				failures = ruled(item.business());
			}
			outcomes.add(Outcome.of(item.aggregate().checked(failures)));
		}
		scoped.inTransaction(() -> {
			items.write(owner, outcomes);
			return null;
		});
		return true;
	}

	private List<Reason> ruled(Business business) {
		Country country = Country.of(business.country().toUpperCase(Locale.ROOT));
		List<RuleFailure> failures;
		try {
			failures = rules.evaluate(country, RULE_SET, fields(business));
		}
		catch (IllegalArgumentException noRuleSet) {
			// A country whose configuration has no onboarding rule set asks only for the checks above.
			failures = List.of();
		}
		return failures.stream().map(Validation::reason).toList();
	}

	/** The applicant as rules read it: every field a string, the IBAN compact, an absent reference empty. */
	static Map<String, Object> fields(Business business) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("legalName", business.legalName());
		fields.put("taxId", business.taxId().toUpperCase(Locale.ROOT));
		fields.put("country", business.country().toUpperCase(Locale.ROOT));
		fields.put("contactEmail", business.contactEmail());
		fields.put("contactName", business.contactName());
		fields.put("iban", RowChecks.compactIban(business.iban()));
		fields.put("address", business.address());
		fields.put("externalReference", business.externalReference().orElse(""));
		return fields;
	}

	private static Reason reason(RuleFailure failure) {
		return new Reason(failure.rule(), failure.message(), failure.severity() == Severity.WARNING);
	}
}
