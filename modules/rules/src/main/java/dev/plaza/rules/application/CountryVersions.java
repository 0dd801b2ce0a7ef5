package dev.plaza.rules.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.NewestFirstPage;
import dev.plaza.platform.Problem;
import dev.plaza.rules.ConfigurationChanged;
import dev.plaza.rules.Country;
import dev.plaza.rules.CountryConfiguration;
import dev.plaza.rules.persistence.CountryVersionRepository;
import dev.plaza.rules.persistence.CountryVersionRepository.StoredVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform operator publishes a country's configuration as its next version, effective now or
 * scheduled ahead. Nothing is edited in place: rolling back is publishing the older document again.
 */
@Service
public class CountryVersions {

	private final CountryVersionRepository versions;

	private final RuleChecks ruleChecks;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final RulesProperties properties;

	private final Clock clock = Clock.systemUTC();

	CountryVersions(CountryVersionRepository versions, RuleChecks ruleChecks, ApplicationEventPublisher events,
			JsonMapper json, RulesProperties properties) {
		this.versions = versions;
		this.ruleChecks = ruleChecks;
		this.events = events;
		this.json = json;
		this.properties = properties;
	}

	/**
	 * Stores the document as the country's next version and announces it.
	 *
	 * @param effectiveFrom when it takes effect; now when empty. Kept to the microsecond, as PostgreSQL keeps time
	 * @throws Problem 422 listing each violation of the schema or of a bound, a rule that does not compile,
	 *     or an {@code effectiveFrom} in the past
	 */
	@Transactional
	public StoredVersion publish(Country country, Optional<Instant> effectiveFrom, JsonNode document, String createdBy) {
		Instant now = clock.instant();
		Instant from = effectiveFrom.orElse(now).truncatedTo(ChronoUnit.MICROS);
		if (from.isBefore(now.minus(properties.clockSkew()))) {
			throw new Problem(RulesProblems.EFFECTIVE_IN_THE_PAST, "effectiveFrom " + from + " lies in the past: "
					+ "history is never rewritten. Send an instant from now on (" + now + "), or leave effectiveFrom "
					+ "out to make the version effective at once.", Map.of("now", now.toString()));
		}
		CountryConfiguration configuration = read(country, document, from);
		ruleChecks.refuseIfAnyDoesNotCompile(configuration.ruleSets(), "/document/ruleSets");
		StoredVersion stored = versions.append(country.code(), from, json.writeValueAsString(document), createdBy);
		events.publishEvent(new ConfigurationChanged(country, Optional.empty(), stored.version(), from));
		return stored;
	}

	/** A page of the country's versions, newest first. */
	public List<StoredVersion> history(Country country, NewestFirstPage page) {
		return versions.history(country.code(), page);
	}

	private CountryConfiguration read(Country country, JsonNode document, Instant from) {
		List<FieldError> errors = new ArrayList<>(DocumentSchema.COUNTRY.violations(document, "/document"));
		if (!errors.isEmpty()) {
			throw Problem.invalidFields(RulesProblems.INVALID_CONFIGURATION, errors);
		}
		CountryDocument read = json.treeToValue(document, CountryDocument.class);
		errors.addAll(read.violations("/document"));
		if (!errors.isEmpty()) {
			throw Problem.invalidFields(RulesProblems.INVALID_CONFIGURATION, errors);
		}
		return read.toConfiguration(country, 0, from);
	}
}
