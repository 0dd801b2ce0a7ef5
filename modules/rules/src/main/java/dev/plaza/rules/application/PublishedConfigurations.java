package dev.plaza.rules.application;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import dev.plaza.platform.TenantId;
import dev.plaza.rules.Configurations;
import dev.plaza.rules.Country;
import dev.plaza.rules.CountryConfiguration;
import dev.plaza.rules.persistence.TenantConfigurationRepository;
import org.springframework.stereotype.Service;

/** The module's published configuration API: reads from memory, adoption through the tenant's configuration. */
@Service
class PublishedConfigurations implements Configurations {

	private final ConfigurationView view;

	private final TenantConfigurations tenants;

	private final TenantConfigurationRepository chosen;

	PublishedConfigurations(ConfigurationView view, TenantConfigurations tenants, TenantConfigurationRepository chosen) {
		this.view = view;
		this.tenants = tenants;
		this.chosen = chosen;
	}

	@Override
	public Set<Country> countries() {
		return view.countries();
	}

	@Override
	public CountryConfiguration country(Country country, Instant at) {
		return view.country(country, at);
	}

	@Override
	public CountryConfiguration tenant() {
		return view.tenant();
	}

	@Override
	public Optional<CountryConfiguration> chosenByTenant() {
		return chosen.current().map(stored -> view.tenant());
	}

	@Override
	public void adopt(TenantId tenant, Country country) {
		tenants.adopt(tenant, country);
	}
}
