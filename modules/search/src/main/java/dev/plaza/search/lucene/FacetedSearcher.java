package dev.plaza.search.lucene;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plaza.search.Facet;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with what is worth keeping for as long as its reader: the facet ordinals (building
 * them walks every distinct facet value) and the counts of broad queries.
 *
 * <p>Counting the facets of a query walks every match, so a broad query (a city, a day, the whole
 * catalog) costs tens of milliseconds each time, and facets counted sideways ask such queries even
 * for a narrow search. There are few broad queries, since they have few filters, and their counts
 * change only when the index does, that is with a new searcher; so each searcher keeps them, as
 * OpenSearch's request cache keeps aggregations per shard until its next refresh.
 */
final class FacetedSearcher extends IndexSearcher {

	/** Counts over fewer matches than this are cheaper to redo than to keep. */
	static final long BROAD = 10_000;

	private static final int MAX_KEPT = 10_000;

	private final Map<Facet, SortedSetDocValuesReaderState> facets;

	private final Cache<CountedQuery, Counted> broad = Caffeine.newBuilder().maximumSize(MAX_KEPT).build();

	private FacetedSearcher(IndexReader reader) throws IOException {
		super(reader);
		this.facets = hasFacets(reader) ? ordinals(reader) : null;
	}

	/** The ordinals of each facet; empty while the index holds no document. */
	Optional<Map<Facet, SortedSetDocValuesReaderState>> facets() {
		return Optional.ofNullable(facets);
	}

	/** What counting these facets over the query's matches gave before, if it was broad. */
	Optional<Counted> counted(Query query, Set<Facet> dimensions) {
		return Optional.ofNullable(broad.getIfPresent(new CountedQuery(query, dimensions)));
	}

	/** Keeps the counts for this searcher's lifetime if the query was broad. */
	void countedNow(Query query, Set<Facet> dimensions, Counted counted) {
		if (counted.total() >= BROAD) {
			broad.put(new CountedQuery(query, Set.copyOf(dimensions)), counted);
		}
	}

	private static Map<Facet, SortedSetDocValuesReaderState> ordinals(IndexReader reader) throws IOException {
		Map<Facet, SortedSetDocValuesReaderState> ordinals = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			ordinals.put(facet,
					new DefaultSortedSetDocValuesReaderState(reader, ShowtimeDocuments.facetField(facet), ShowtimeDocuments.FACETS));
		}
		return ordinals;
	}

	private static boolean hasFacets(IndexReader reader) {
		String field = ShowtimeDocuments.facetField(Facet.CITY);
		return reader.leaves().stream().anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null);
	}

	/** Lucene queries compare by what they match, so equal searches share an entry. */
	private record CountedQuery(Query query, Set<Facet> dimensions) {
	}

	static final class Factory extends SearcherFactory {

		@Override
		public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
			return new FacetedSearcher(reader);
		}
	}
}
