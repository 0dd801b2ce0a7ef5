package dev.plaza.search.opensearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.plaza.platform.TenantId;
import dev.plaza.search.Facet;
import dev.plaza.search.SearchCursor;
import dev.plaza.search.SearchResult;
import dev.plaza.search.SearchResult.FacetCount;
import dev.plaza.search.ShowtimeQuery;
import dev.plaza.search.domain.TypoTolerance;
import dev.plaza.venues.ShowtimeListing;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * One search as one request: the query finds the tenant's showtimes matching the text and time, a
 * post filter narrows the hits to every facet filter, and each facet is counted in an aggregation
 * filtered by every other facet's filter but not its own (drill-sideways), as the Lucene adapter
 * counts. Hits come in start order, then id, one more than the page to tell whether a next exists.
 */
final class FacetedQuery {

	/** Values answered per facet, the most frequent first (dates in calendar order), as in the Lucene adapter. */
	static final int MAX_FACET_VALUES = 100;

	/** Fuzzy words expand to at most this many indexed terms each, which bounds their cost. */
	private static final int MAX_EXPANSIONS = 50;

	/** Typos in the first letter are rare; requiring it keeps fuzzy matching cheap. */
	private static final int EXACT_PREFIX = 1;

	private static final String VALUES = "values";

	private FacetedQuery() {
	}

	/** The request for the query, whose text is already split into {@code words} by the index's analyzer. */
	static SearchRequest request(String index, TenantId tenant, ShowtimeQuery query, List<String> words) {
		Map<Facet, Query> filters = filters(query);
		SearchRequest.Builder request = new SearchRequest.Builder().index(index)
			.routing(tenant.toString())
			.query(base(tenant, query, words))
			.size(query.limit() + 1)
			.trackTotalHits(total -> total.enabled(true))
			.source(source -> source.filter(only -> only.includes(ShowtimeIndex.LISTING)))
			.sort(sort -> sort.field(field -> field.field(ShowtimeIndex.STARTS_AT).order(SortOrder.Asc)))
			.sort(sort -> sort.field(field -> field.field(ShowtimeIndex.ID).order(SortOrder.Asc)));
		if (!filters.isEmpty()) {
			request.postFilter(allBut(filters, null));
		}
		query.after().ifPresent(after -> request.searchAfter(FieldValue.of(after.startsAt().toEpochMilli()),
				FieldValue.of(after.showtime().toString())));
		for (Facet facet : Facet.values()) {
			request.aggregations(facet.parameter(), Aggregation.of(aggregation -> aggregation
				.filter(allBut(filters, facet))
				.aggregations(VALUES, Aggregation.of(values -> values
					.terms(terms -> terms.field(ShowtimeIndex.countField(facet)).size(MAX_FACET_VALUES))))));
		}
		return request.build();
	}

	static SearchResult result(SearchResponse<Map<String, Object>> response, ShowtimeQuery query, ShowtimeSources sources) {
		List<ShowtimeListing> items = new ArrayList<>();
		for (Hit<Map<String, Object>> hit : response.hits().hits()) {
			if (items.size() < query.limit()) {
				items.add(sources.listing(hit.source()));
			}
		}
		Optional<SearchCursor> next = response.hits().hits().size() > query.limit()
				? Optional.of(new SearchCursor(items.getLast().startsAt(), items.getLast().id()))
				: Optional.empty();
		Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			facets.put(facet, counts(facet, response.aggregations().get(facet.parameter())));
		}
		return new SearchResult(items, facets, response.hits().total().value(), next);
	}

	private static Query base(TenantId tenant, ShowtimeQuery query, List<String> words) {
		BoolQuery.Builder base = new BoolQuery.Builder().filter(term(ShowtimeIndex.TENANT, tenant.toString()));
		query.startsAfter().ifPresent(instant -> base.filter(Query.of(q -> q.range(range -> range
			.field(ShowtimeIndex.STARTS_AT).gt(JsonData.of(instant.toEpochMilli()))))));
		words.forEach(word -> base.must(matching(word)));
		return Query.of(q -> q.bool(base.build()));
	}

	/** A word matches exactly, as the start of a longer word, or with a few typos; exact matches score highest. */
	private static Query matching(String word) {
		BoolQuery.Builder any = new BoolQuery.Builder()
			.should(Query.of(q -> q.term(term -> term.field(ShowtimeIndex.TEXT).value(FieldValue.of(word)).boost(3f))))
			.should(Query.of(q -> q.prefix(prefix -> prefix.field(ShowtimeIndex.TEXT).value(word).boost(2f))));
		int edits = TypoTolerance.maxEdits(word);
		if (edits > 0) {
			any.should(Query.of(q -> q.fuzzy(fuzzy -> fuzzy.field(ShowtimeIndex.TEXT)
				.value(FieldValue.of(word))
				.fuzziness(Integer.toString(edits))
				.prefixLength(EXACT_PREFIX)
				.maxExpansions(MAX_EXPANSIONS)
				.transpositions(true))));
		}
		return Query.of(q -> q.bool(any.build()));
	}

	private static Map<Facet, Query> filters(ShowtimeQuery query) {
		Map<Facet, Query> filters = new EnumMap<>(Facet.class);
		query.filters().forEach((facet, value) -> filters.put(facet, term(ShowtimeIndex.filterField(facet), value)));
		return filters;
	}

	/** Every filter but the one of {@code except}, if any; all documents when none is left. */
	private static Query allBut(Map<Facet, Query> filters, Facet except) {
		BoolQuery.Builder narrowed = new BoolQuery.Builder();
		filters.forEach((facet, filter) -> {
			if (facet != except) {
				narrowed.filter(filter);
			}
		});
		return Query.of(q -> q.bool(narrowed.build()));
	}

	private static Query term(String field, String value) {
		return Query.of(q -> q.term(term -> term.field(field).value(FieldValue.of(value))));
	}

	private static List<FacetCount> counts(Facet facet, Aggregate aggregate) {
		List<FacetCount> counts = new ArrayList<>();
		for (StringTermsBucket bucket : aggregate.filter().aggregations().get(VALUES).sterms().buckets().array()) {
			String key = bucket.key();
			int separator = key.indexOf(ShowtimeSources.LABEL_SEPARATOR);
			counts.add(new FacetCount(key.substring(0, separator), key.substring(separator + 1), bucket.docCount()));
		}
		return facet == Facet.DATE ? counts.stream().sorted(Comparator.comparing(FacetCount::value)).toList() : counts;
	}
}
