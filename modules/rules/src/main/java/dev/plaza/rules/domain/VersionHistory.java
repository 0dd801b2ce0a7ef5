package dev.plaza.rules.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.plaza.rules.CountryConfiguration;

/**
 * A country's versions and which was in force when: the one with the latest {@code effectiveFrom} at or
 * before the instant, the higher version among equals. A version scheduled ahead so takes effect at its
 * instant with nobody acting, and one published "now" over a scheduled one wins until that one's instant.
 */
public record VersionHistory(List<CountryConfiguration> versions) {

	private static final Comparator<CountryConfiguration> IN_FORCE_ORDER = Comparator
		.comparing(CountryConfiguration::effectiveFrom)
		.thenComparingInt(CountryConfiguration::version);

	public VersionHistory {
		versions = versions.stream().sorted(IN_FORCE_ORDER).toList();
	}

	public Optional<CountryConfiguration> inForceAt(Instant at) {
		for (int i = versions.size() - 1; i >= 0; i--) {
			if (!versions.get(i).effectiveFrom().isAfter(at)) {
				return Optional.of(versions.get(i));
			}
		}
		return Optional.empty();
	}
}
