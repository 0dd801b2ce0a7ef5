package dev.plaza.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.plaza.platform.TenantId;
import dev.plaza.search.Facet;
import dev.plaza.search.SearchCursor;
import dev.plaza.search.ShowtimeQuery;
import dev.plaza.search.domain.TypoTolerance;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Turns a {@link ShowtimeQuery} into Lucene queries, always confined to one tenant. */
final class ShowtimeQueries {

	/** Start time, then id: a total order, so that cursors neither skip nor repeat a hit. */
	static final Sort START_ORDER = new Sort(
			LongField.newSortField(ShowtimeDocuments.STARTS_AT, false, SortedNumericSelector.Type.MIN),
			KeywordField.newSortField(ShowtimeDocuments.ID, false, SortedSetSelector.Type.MIN));

	/** Fuzzy words expand to at most this many indexed terms each, which bounds their cost. */
	private static final int MAX_EXPANSIONS = 50;

	/** Typos in the first letter are rare; requiring it keeps fuzzy matching cheap. */
	private static final int EXACT_PREFIX = 1;

	private final Analyzer analyzer;

	ShowtimeQueries(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** The tenant's showtimes matching the query's text and time, before any facet filter. */
	Query base(TenantId tenant, ShowtimeQuery query) {
		BooleanQuery.Builder base = new BooleanQuery.Builder().add(ofTenant(tenant), Occur.FILTER);
		query.startsAfter().ifPresent(instant -> base.add(
				LongField.newRangeQuery(ShowtimeDocuments.STARTS_AT, instant.toEpochMilli() + 1, Long.MAX_VALUE), Occur.FILTER));
		query.text().ifPresent(text -> words(text).forEach(word -> base.add(matching(word), Occur.MUST)));
		return base.build();
	}

	/** One filter per facet the query names. */
	static Map<Facet, Query> filters(ShowtimeQuery query) {
		Map<Facet, Query> filters = new EnumMap<>(Facet.class);
		query.filters().forEach((facet, value) -> filters.put(facet, new TermQuery(new Term(facet.parameter(), value))));
		return filters;
	}

	/** The base query narrowed by every filter but the one of {@code except}, if any. */
	static Query narrowed(Query base, Map<Facet, Query> filters, Facet except) {
		BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(base, Occur.MUST);
		filters.forEach((facet, filter) -> {
			if (facet != except) {
				narrowed.add(filter, Occur.FILTER);
			}
		});
		return narrowed.build();
	}

	static Query ofTenant(TenantId tenant) {
		return new TermQuery(new Term(ShowtimeDocuments.TENANT, tenant.toString()));
	}

	static Query indexedBefore(TenantId tenant, long epochMilli) {
		return new BooleanQuery.Builder().add(ofTenant(tenant), Occur.FILTER)
			.add(LongPoint.newRangeQuery(ShowtimeDocuments.INDEXED_AT, Long.MIN_VALUE, epochMilli - 1), Occur.FILTER)
			.build();
	}

	static Query inRoom(TenantId tenant, String room) {
		return new BooleanQuery.Builder().add(ofTenant(tenant), Occur.FILTER)
			.add(new TermQuery(new Term(ShowtimeDocuments.ROOM, room)), Occur.FILTER)
			.build();
	}

	static Optional<FieldDoc> after(Optional<SearchCursor> cursor) {
		return cursor.map(position -> new FieldDoc(Integer.MAX_VALUE, Float.NaN,
				new Object[] { position.startsAt().toEpochMilli(), new BytesRef(position.showtime().toString()) }));
	}

	/** A word matches exactly, as the start of a longer word, or with a few typos; exact matches score highest. */
	private static Query matching(String word) {
		Term term = new Term(ShowtimeDocuments.TEXT, word);
		BooleanQuery.Builder any = new BooleanQuery.Builder()
			.add(new BoostQuery(new TermQuery(term), 3), Occur.SHOULD)
			.add(new BoostQuery(new PrefixQuery(term), 2), Occur.SHOULD);
		int edits = TypoTolerance.maxEdits(word);
		if (edits > 0) {
			any.add(new FuzzyQuery(term, edits, EXACT_PREFIX, MAX_EXPANSIONS, true), Occur.SHOULD);
		}
		return any.build();
	}

	private List<String> words(String text) {
		List<String> words = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream(ShowtimeDocuments.TEXT, text)) {
			CharTermAttribute word = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				words.add(word.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}
}
