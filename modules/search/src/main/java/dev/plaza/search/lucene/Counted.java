package dev.plaza.search.lucene;

import java.util.List;
import java.util.Map;

import dev.plaza.search.Facet;
import dev.plaza.search.SearchResult.FacetCount;

/** What counting a query's matches gave: how many there are, and the most frequent values of some facets. */
record Counted(long total, Map<Facet, List<FacetCount>> facets) {

	Counted {
		facets = Map.copyOf(facets);
	}
}
