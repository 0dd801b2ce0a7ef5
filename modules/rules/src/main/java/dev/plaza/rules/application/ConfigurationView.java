package dev.plaza.rules.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.rules.ConfigurationChanged;
import dev.plaza.rules.Configurations;
import dev.plaza.rules.Country;
import dev.plaza.rules.CountryConfiguration;
import dev.plaza.rules.domain.Overrides;
import dev.plaza.rules.domain.Tightening;
import dev.plaza.rules.domain.VersionHistory;
import dev.plaza.rules.persistence.CountryVersionRepository;
import dev.plaza.rules.persistence.CountryVersionRepository.StoredVersion;
import dev.plaza.rules.persistence.TenantConfigurationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Configuration served from memory (what {@link Configurations} reads): every country's version history (a few documents each) and the
 * overrides of the tenants lately asked about (bounded). Which version is in force is decided at each
 * read, so a scheduled version takes effect at its instant. This instance's changes apply when they
 * commit; other instances' within {@link RulesProperties#followInterval()} (see {@code ChangeFollower}).
 */
@Service
public class ConfigurationView {

	private final CountryVersionRepository versions;

	private final TenantConfigurationRepository tenantConfigurations;

	private final JsonMapper json;

	private final Country defaultCountry;

	private final Clock clock;

	private final Cache<TenantId, TenantSetting> tenants;

	private volatile Map<Country, VersionHistory> countries = Map.of();

	/** Each version as stored, with its document as posted and who posted it, by country then version. */
	private volatile Map<Country, Map<Integer, StoredVersion>> stored = Map.of();

	ConfigurationView(CountryVersionRepository versions, TenantConfigurationRepository tenantConfigurations,
			JsonMapper json, RulesProperties properties) {
		this.versions = versions;
		this.tenantConfigurations = tenantConfigurations;
		this.json = json;
		this.defaultCountry = Country.of(properties.defaultCountry());
		this.clock = Clock.systemUTC();
		this.tenants = Caffeine.newBuilder().maximumSize(properties.tenantCacheSize()).build();
	}

	/** A tenant's chosen country and its own overrides; a tenant that never chose follows the default. */
	public record TenantSetting(Country country, Overrides overrides, String overridesJson) {
	}

	/** The countries Plaza has configuration for, in code order. */
	public Set<Country> countries() {
		Set<Country> known = new TreeSet<>(Comparator.comparing(Country::code));
		known.addAll(countries.keySet());
		return known;
	}

	/** As {@link Configurations#country}. */
	public CountryConfiguration country(Country country, Instant at) {
		return inForce(country, at).orElseThrow(() -> new IllegalArgumentException(
				"Plaza has no configuration for " + country + " in force at " + at));
	}

	/** The country's configuration in force at the instant, if Plaza had one then. */
	public Optional<CountryConfiguration> inForce(Country country, Instant at) {
		VersionHistory history = countries.get(country);
		return history == null ? Optional.empty() : history.inForceAt(at);
	}

	/** Every version Plaza holds of the country, oldest in force first. */
	public List<CountryConfiguration> versions(Country country) {
		VersionHistory history = countries.get(country);
		return history == null ? List.of() : history.versions();
	}

	/** The version as stored, with its document as posted, if the country has it. */
	public Optional<StoredVersion> stored(Country country, int version) {
		return Optional.ofNullable(stored.getOrDefault(country, Map.of()).get(version));
	}

	/** As {@link Configurations#tenant}. */
	public CountryConfiguration tenant() {
		TenantSetting setting = setting();
		return Tightening.apply(country(setting.country(), clock.instant()), setting.overrides());
	}

	/** The current tenant's country and overrides, from memory after the first read. */
	public TenantSetting setting() {
		Optional<TenantId> tenant = TenantContext.current().filter(current -> !current.isPlatform());
		if (tenant.isEmpty()) {
			return new TenantSetting(defaultCountry, Overrides.NONE, "{}");
		}
		return tenants.get(tenant.get(), unused -> tenantConfigurations.current()
			.map(stored -> new TenantSetting(Country.of(stored.country()), overrides(stored.overrides()), stored.overrides()))
			.orElseGet(() -> new TenantSetting(defaultCountry, Overrides.NONE, "{}")));
	}

	/** Reads every country's history again; cheap, as there are a few documents per country. */
	public synchronized void reload() {
		List<StoredVersion> all = versions.all();
		stored = all.stream().collect(Collectors.groupingBy(version -> Country.of(version.country()),
				Collectors.toMap(StoredVersion::version, version -> version)));
		countries = all.stream()
			.collect(Collectors.groupingBy(stored -> Country.of(stored.country()),
					Collectors.collectingAndThen(Collectors.mapping(this::configuration, Collectors.toList()), VersionHistory::new)));
	}

	/** Drops what is held of the tenant's overrides: the next read fetches them. */
	public void forget(TenantId tenant) {
		tenants.invalidate(tenant);
	}

	/** This instance's own change, applied as soon as it commits. */
	@TransactionalEventListener
	void on(ConfigurationChanged change) {
		change.tenant().ifPresentOrElse(this::forget, this::reload);
	}

	CountryConfiguration configuration(StoredVersion stored) {
		return json.readValue(stored.document(), CountryDocument.class)
			.toConfiguration(Country.of(stored.country()), stored.version(), stored.effectiveFrom());
	}

	Overrides overrides(String stored) {
		return json.readValue(stored, OverridesDocument.class).toOverrides();
	}
}
