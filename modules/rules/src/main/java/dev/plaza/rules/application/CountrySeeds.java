package dev.plaza.rules.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.rules.Country;
import dev.plaza.rules.persistence.CountryVersionRepository;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plaza ships version 1 of each country it serves, built from the settings it had before
 * configuration was central ({@code countries/<code>.json} beside the schema), in force since ever.
 * At start each country without any version gets it, so a fresh install answers at once; an
 * installation that already has versions keeps them. Then the in-memory view is read.
 */
@Component
class CountrySeeds implements SmartInitializingSingleton {

	static final List<String> SHIPPED = List.of("ES", "PT", "FR", "DE", "IT", "GB");

	private final CountryVersionRepository versions;

	private final ConfigurationView view;

	private final RuleChecks ruleChecks;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	CountrySeeds(CountryVersionRepository versions, ConfigurationView view, RuleChecks ruleChecks,
			TransactionTemplate transactions, JsonMapper json) {
		this.versions = versions;
		this.view = view;
		this.ruleChecks = ruleChecks;
		this.transactions = transactions;
		this.json = json;
	}

	@Override
	public void afterSingletonsInstantiated() {
		TenantContext.runAs(TenantId.PLATFORM, () -> transactions.executeWithoutResult(status -> {
			for (String code : SHIPPED) {
				JsonNode document = shipped(code);
				if (!DocumentSchema.COUNTRY.violations(document, "").isEmpty()) {
					throw new IllegalStateException("The shipped configuration of " + code + " breaks the schema: "
							+ DocumentSchema.COUNTRY.violations(document, ""));
				}
				ruleChecks.refuseIfAnyDoesNotCompile(json.treeToValue(document, CountryDocument.class)
					.toConfiguration(Country.of(code), 1, Instant.EPOCH).ruleSets(), "/" + code + "/ruleSets");
				versions.seed(code, Instant.EPOCH, json.writeValueAsString(document), "plaza");
			}
		}));
		view.reload();
	}

	private JsonNode shipped(String code) {
		try (InputStream in = CountrySeeds.class.getResourceAsStream("/dev/plaza/rules/countries/" + code + ".json")) {
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the shipped configuration of " + code, ex);
		}
	}
}
