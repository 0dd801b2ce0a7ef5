package dev.plaza.rules.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.rules.ConfigurationChanged;
import dev.plaza.rules.Country;
import dev.plaza.rules.CountryConfiguration;
import dev.plaza.rules.domain.Overrides;
import dev.plaza.rules.domain.Tightening;
import dev.plaza.rules.persistence.TenantConfigurationRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tenant chooses the country it follows and tightens what that country allows. */
@Service
public class TenantConfigurations {

	private final TenantConfigurationRepository tenantConfigurations;

	private final ConfigurationView view;

	private final RuleChecks ruleChecks;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final Clock clock = Clock.systemUTC();

	TenantConfigurations(TenantConfigurationRepository tenantConfigurations, ConfigurationView view, RuleChecks ruleChecks,
			ApplicationEventPublisher events, JsonMapper json, TransactionTemplate transactions) {
		this.tenantConfigurations = tenantConfigurations;
		this.view = view;
		this.ruleChecks = ruleChecks;
		this.events = events;
		this.json = json;
		this.transactions = transactions;
	}

	/**
	 * Makes the current tenant follow the country with these overrides, replacing what it had.
	 *
	 * @throws Problem 422 for a country Plaza has no configuration for, overrides that break their schema or
	 *     loosen a bound of the country (each named with the bound), or rules that do not compile
	 */
	@Transactional
	public void change(String countryCode, JsonNode overridesJson, String updatedBy) {
		Country country = configured(countryCode);
		CountryConfiguration inForce = view.inForce(country, clock.instant())
			.orElseThrow(() -> unconfigured(countryCode));
		List<FieldError> invalid = DocumentSchema.TENANT_OVERRIDES.violations(overridesJson, "/overrides");
		if (!invalid.isEmpty()) {
			throw Problem.invalidFields(RulesProblems.INVALID_CONFIGURATION, invalid);
		}
		OverridesDocument document = json.treeToValue(overridesJson, OverridesDocument.class);
		List<FieldError> repeated = document.repeatedRuleNames("/overrides");
		if (!repeated.isEmpty()) {
			throw Problem.invalidFields(RulesProblems.INVALID_CONFIGURATION, repeated);
		}
		Overrides overrides = document.toOverrides();
		List<FieldError> looser = Tightening.looser(inForce, overrides, "/overrides");
		if (!looser.isEmpty()) {
			throw Problem.invalidFields(RulesProblems.LOOSER_THAN_COUNTRY, looser);
		}
		ruleChecks.refuseIfAnyDoesNotCompile(overrides.ruleSets(), "/overrides/ruleSets");
		tenantConfigurations.save(country.code(), json.writeValueAsString(overridesJson), updatedBy);
		TenantId tenant = TenantContext.current().orElseThrow();
		events.publishEvent(new ConfigurationChanged(country, Optional.of(tenant), inForce.version(), clock.instant()));
	}

	/** As {@link dev.plaza.rules.Configurations#adopt}. */
	void adopt(TenantId tenant, Country country) {
		CountryConfiguration inForce = view.inForce(country, clock.instant())
			.orElseThrow(() -> new IllegalArgumentException("Plaza has no configuration for " + country
					+ " in force; configured: " + view.countries()));
		TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(status -> {
			if (tenantConfigurations.adopt(country.code(), "plaza")) {
				events.publishEvent(new ConfigurationChanged(country, Optional.of(tenant), inForce.version(), clock.instant()));
			}
		}));
	}

	private Country configured(String code) {
		try {
			Country country = Country.of(code);
			if (view.countries().contains(country)) {
				return country;
			}
		}
		catch (IllegalArgumentException | NullPointerException notACountry) {
			// answered below, with the countries that may be chosen
		}
		throw unconfigured(code);
	}

	private Problem unconfigured(String code) {
		return Problem.invalidFields(RulesProblems.UNCONFIGURED_COUNTRY, List.of(new FieldError("/country",
				"must be one of the countries Plaza has configuration for: " + view.countries().stream().map(Country::code).toList()
						+ (code == null ? "" : " (not " + code + ")"))));
	}
}
