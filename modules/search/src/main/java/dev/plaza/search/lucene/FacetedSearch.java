package dev.plaza.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.plaza.platform.TenantId;
import dev.plaza.search.Facet;
import dev.plaza.search.SearchCursor;
import dev.plaza.search.SearchResult;
import dev.plaza.search.SearchResult.FacetCount;
import dev.plaza.search.ShowtimeQuery;
import dev.plaza.venues.ShowtimeListing;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * One search: a page of hits in start order, the exact total, and each facet counted with every
 * other facet's filter applied but not its own (drill-sideways). The facets no filter names are
 * counted over the matches themselves, in the pass that collects the page; each filtered facet over
 * the matches of the other filters. Counts of broad queries are reused from the searcher.
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
		Optional<Map<Facet, SortedSetDocValuesReaderState>> state = searcher.facets();
		if (state.isEmpty()) {
			return new SearchResult(List.of(), Map.of(), 0, Optional.empty());
		}
		Query base = queries.base(tenant, query);
		Map<Facet, Query> filters = ShowtimeQueries.filters(query);
		Query matches = ShowtimeQueries.narrowed(base, filters, null);
		Set<Facet> unfiltered = EnumSet.allOf(Facet.class);
		unfiltered.removeAll(filters.keySet());

		Optional<Counted> known = searcher.counted(matches, unfiltered);
		TopFieldDocs page;
		Counted counted;
		if (known.isPresent()) {
			page = searcher.search(matches, pageOf(query, query.limit() + 1));
			counted = known.get();
		}
		else {
			Object[] both = searcher.search(matches,
					new MultiCollectorManager(pageOf(query, Integer.MAX_VALUE), new FacetsCollectorManager()));
			page = (TopFieldDocs) both[0];
			counted = new Counted(page.totalHits.value(), counts(state.get(), (FacetsCollector) both[1], unfiltered));
			searcher.countedNow(matches, unfiltered, counted);
		}

		Map<Facet, List<FacetCount>> facets = new EnumMap<>(counted.facets());
		for (Facet filtered : filters.keySet()) {
			facets.put(filtered, sideways(searcher, state.get(), ShowtimeQueries.narrowed(base, filters, filtered), filtered));
		}
		List<ShowtimeListing> items = listings(searcher.storedFields(), page.scoreDocs, query.limit());
		Optional<SearchCursor> next = page.scoreDocs.length > query.limit()
				? Optional.of(new SearchCursor(items.getLast().startsAt(), items.getLast().id()))
				: Optional.empty();
		return new SearchResult(items, facets, counted.total(), next);
	}

	/**
	 * The page, one hit more than asked for to tell whether a next page exists. Counting every hit
	 * keeps the total exact; once the total is known, the collector may skip hits that cannot make
	 * the page.
	 */
	private static TopFieldCollectorManager pageOf(ShowtimeQuery query, int countUpTo) {
		return new TopFieldCollectorManager(ShowtimeQueries.START_ORDER, query.limit() + 1,
				ShowtimeQueries.after(query.after()).orElse(null), countUpTo);
	}

	private static List<FacetCount> sideways(FacetedSearcher searcher, Map<Facet, SortedSetDocValuesReaderState> state,
			Query others, Facet facet) throws IOException {
		Set<Facet> dimension = EnumSet.of(facet);
		Optional<Counted> known = searcher.counted(others, dimension);
		if (known.isPresent()) {
			return known.get().facets().get(facet);
		}
		FacetsCollector matches = searcher.search(others, new FacetsCollectorManager());
		long total = matches.getMatchingDocs().stream().mapToLong(docs -> docs.totalHits()).sum();
		Counted counted = new Counted(total, counts(state, matches, dimension));
		searcher.countedNow(others, dimension, counted);
		return counted.facets().get(facet);
	}

	private List<ShowtimeListing> listings(StoredFields stored, ScoreDoc[] page, int limit) throws IOException {
		ShowtimeListing[] listings = new ShowtimeListing[Math.min(page.length, limit)];
		for (int i = 0; i < listings.length; i++) {
			listings[i] = documents.listing(stored.document(page[i].doc));
		}
		return List.of(listings);
	}

	/** Counts each facet in its own field, so a facet not asked for costs nothing. */
	private static Map<Facet, List<FacetCount>> counts(Map<Facet, SortedSetDocValuesReaderState> state,
			FacetsCollector matches, Set<Facet> dimensions) throws IOException {
		Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
		for (Facet facet : dimensions) {
			Facets facets = new SortedSetDocValuesFacetCounts(state.get(facet), matches);
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
