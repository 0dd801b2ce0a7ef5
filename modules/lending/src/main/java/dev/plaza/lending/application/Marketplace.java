package dev.plaza.lending.application;

import java.util.List;

import dev.plaza.lending.persistence.MarketplaceRepository;
import dev.plaza.rules.Configurations;
import dev.plaza.rules.Country;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A lender joins or leaves the marketplace, choosing the countries whose applicants it takes. */
@Service
public class Marketplace {

	private final MarketplaceRepository store;

	private final Configurations configurations;

	Marketplace(MarketplaceRepository store, Configurations configurations) {
		this.store = store;
		this.configurations = configurations;
	}

	/**
	 * Sets the current lender's participation, replacing what it had.
	 *
	 * @param countries ISO 3166-1 alpha-2 codes, each once
	 * @throws dev.plaza.platform.Problem 422 naming the countries Plaza has no configuration for
	 */
	@Transactional
	public MarketplaceView participate(boolean participating, List<String> countries) {
		List<String> known = configurations.countries().stream().map(Country::code).sorted().toList();
		List<String> unknown = countries.stream().filter(country -> !known.contains(country)).toList();
		if (!unknown.isEmpty()) {
			throw ProductProblems.unsupportedCountries("countries", unknown, known);
		}
		var saved = store.save(participating, countries);
		return new MarketplaceView(saved.participating(), saved.countries(), saved.updatedAt());
	}

	@Transactional(readOnly = true)
	public MarketplaceView current() {
		return store.current()
			.map(saved -> new MarketplaceView(saved.participating(), saved.countries(), saved.updatedAt()))
			.orElseGet(() -> new MarketplaceView(false, List.of(), null));
	}
}
