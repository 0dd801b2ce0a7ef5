package dev.plaza.catalog.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.plaza.catalog.ShowtimeListing;
import dev.plaza.catalog.search.Facet;
import dev.plaza.catalog.search.SearchCursor;
import dev.plaza.catalog.search.SearchResult;
import dev.plaza.catalog.search.SearchResult.FacetCount;
import dev.plaza.catalog.search.ShowtimeQuery;
import dev.plaza.platform.TenantId;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.ConcurrentDrillSidewaysResult;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * One search: a page of hits in start order, the exact total, and each facet counted with every
 * other facet's filter applied but not its own (drill-sideways), all in one pass over the matches.
 */
final class FacetedSearch {

	/** Values answered per facet, the most frequent first (dates in calendar order). */
	static final int MAX_FACET_VALUES = 100;

	private final ShowtimeQueries queries;

	private final ShowtimeDocuments documents;

	FacetedSearch(ShowtimeQueries queries, ShowtimeDocuments documents) {
		this.queries = queries;
		this.documents = documents;
	}

	SearchResult search(FacetedSearcher searcher, TenantId tenant, ShowtimeQuery query) throws IOException {
		Optional<SortedSetDocValuesReaderState> state = searcher.facets();
		if (state.isEmpty()) {
			return new SearchResult(List.of(), Map.of(), 0, Optional.empty());
		}
		// One more hit than asked for tells whether a next page exists; counting all hits keeps the total exact.
		var hits = new TopFieldCollectorManager(ShowtimeQueries.START_ORDER, query.limit() + 1,
				ShowtimeQueries.after(query.after()).orElse(null), Integer.MAX_VALUE);
		ConcurrentDrillSidewaysResult<TopFieldDocs> result = new DrillSideways(searcher, ShowtimeDocuments.FACETS,
				state.get()).search(queries.of(tenant, query), hits);
		ScoreDoc[] page = result.collectorResult.scoreDocs;
		List<ShowtimeListing> items = listings(searcher.storedFields(), page, query.limit());
		Optional<SearchCursor> next = page.length > query.limit()
				? Optional.of(new SearchCursor(items.getLast().startsAt(), items.getLast().id()))
				: Optional.empty();
		return new SearchResult(items, counts(result.facets), result.collectorResult.totalHits.value(), next);
	}

	private List<ShowtimeListing> listings(StoredFields stored, ScoreDoc[] page, int limit) throws IOException {
		ShowtimeListing[] listings = new ShowtimeListing[Math.min(page.length, limit)];
		for (int i = 0; i < listings.length; i++) {
			listings[i] = documents.listing(stored.document(page[i].doc));
		}
		return List.of(listings);
	}

	private static Map<Facet, List<FacetCount>> counts(Facets facets) throws IOException {
		Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			FacetResult top = facets.getTopChildren(MAX_FACET_VALUES, facet.parameter());
			List<FacetCount> values = top == null ? List.of()
					: Arrays.stream(top.labelValues).map(FacetedSearch::count).toList();
			counts.put(facet, facet == Facet.DATE
					? values.stream().sorted(Comparator.comparing(FacetCount::value)).toList()
					: values);
		}
		return counts;
	}

	private static FacetCount count(LabelAndValue labelled) {
		int separator = labelled.label.indexOf(ShowtimeDocuments.LABEL_SEPARATOR);
		return new FacetCount(labelled.label.substring(0, separator), labelled.label.substring(separator + 1),
				labelled.value.longValue());
	}
}
