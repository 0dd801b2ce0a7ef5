package dev.plaza.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.plaza.venues.ShowtimeListing;

/**
 * One page of matching listings in start order, how many match in all, and per facet the counts a
 * filter on one of its values would give, with the other facets' filters applied (drill-sideways).
 */
public record SearchResult(List<ShowtimeListing> items, Map<Facet, List<FacetCount>> facets, long total,
		Optional<SearchCursor> next) {

	public SearchResult {
		items = List.copyOf(items);
		facets = Map.copyOf(facets);
	}

	public record FacetCount(String value, String label, long count) {
	}
}
