package dev.plaza.catalog.search.lucene;

import java.io.IOException;
import java.util.Optional;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet ordinals of its reader, built once per refresh rather than per query
 * (building them walks every distinct facet value).
 */
final class FacetedSearcher extends IndexSearcher {

	private final SortedSetDocValuesReaderState facets;

	private FacetedSearcher(IndexReader reader) throws IOException {
		super(reader);
		this.facets = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, ShowtimeDocuments.FACETS) : null;
	}

	/** The facet ordinals; empty while the index holds no document. */
	Optional<SortedSetDocValuesReaderState> facets() {
		return Optional.ofNullable(facets);
	}

	private static boolean hasFacets(IndexReader reader) {
		return reader.leaves().stream()
			.anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
	}

	static final class Factory extends SearcherFactory {

		@Override
		public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
			return new FacetedSearcher(reader);
		}
	}
}
