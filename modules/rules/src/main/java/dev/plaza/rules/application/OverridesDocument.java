package dev.plaza.rules.application;

import java.util.List;
import java.util.Map;

import dev.plaza.platform.FieldError;
import dev.plaza.rules.domain.Overrides;

/** A tenant's overrides as {@code tenant-overrides.schema.json} describes them, read once the schema accepted them. */
record OverridesDocument(Overrides.Limits limits, Overrides.Commerce commerce, Overrides.Lending lending,
		Map<String, RuleSetDocument> ruleSets) {

	Overrides toOverrides() {
		return new Overrides(limits, commerce, lending, CountryDocument.ruleSets(ruleSets));
	}

	List<FieldError> repeatedRuleNames(String prefix) {
		return ruleSets == null ? List.of()
				: ruleSets.entrySet().stream()
					.flatMap(entry -> entry.getValue().repeatedNames(prefix + "/ruleSets/" + entry.getKey()).stream())
					.toList();
	}
}
