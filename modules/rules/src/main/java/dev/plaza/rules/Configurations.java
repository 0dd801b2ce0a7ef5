package dev.plaza.rules;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import dev.plaza.platform.TenantId;

/**
 * Where every module reads per-country and per-tenant configuration. Reads are served from memory:
 * a new version or override is applied by every instance within a second of its commit, and a
 * version scheduled ahead takes effect at its {@code effectiveFrom} without anyone acting.
 */
public interface Configurations {

	/** The countries Plaza has configuration for. */
	Set<Country> countries();

	/**
	 * The country's configuration in force at that instant.
	 *
	 * @throws IllegalArgumentException if Plaza has no configuration for the country, or none was in
	 *     force yet then
	 */
	CountryConfiguration country(Country country, Instant at);

	/**
	 * The current tenant's configuration in force now: its country's document with the tenant's own
	 * overrides applied. A tenant that never chose a country follows the platform's default country.
	 */
	CountryConfiguration tenant();

	/**
	 * As {@link #tenant()}, but only for a tenant that chose its country (with
	 * {@code PUT /api/v1/config/tenant}, or when it was provisioned): empty for one following the
	 * platform's default, for callers to whom the country matters too much to assume it (a lender's).
	 */
	Optional<CountryConfiguration> chosenByTenant();

	/**
	 * Makes the tenant follow the country's configuration, keeping overrides it already has. Running
	 * it again with the same country changes nothing.
	 */
	void adopt(TenantId tenant, Country country);
}
