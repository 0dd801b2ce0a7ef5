package dev.plaza.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;

import dev.plaza.platform.TenantId;
import dev.plaza.search.Facet;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimeListing;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.FacetsConfig.DrillDownTermsIndexing;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a listing is laid out in the index. Change the layout only together with
 * {@link LuceneShowtimeSearch#LAYOUT}, so that existing indexes are rebuilt.
 */
final class ShowtimeDocuments {

	/** Tenant and showtime id: what identifies a document. */
	static final String KEY = "key";

	static final String TENANT = "tenant";

	/** The showtime id: a term, stored, and sorted on after the start time. */
	static final String ID = "id";

	static final String ROOM = "room";

	/** Start time in epoch milliseconds: points for ranges, doc values for sorting. */
	static final String STARTS_AT = "startsAt";

	/** When the document was written, in epoch milliseconds, so a rebuild can drop what it did not rewrite. */
	static final String INDEXED_AT = "indexedAt";

	/** Title, original title and cast, folded by {@link FoldingAnalyzer}. */
	static final String TEXT = "text";

	/** The whole listing as JSON, answered for hits without reading the database. */
	static final String LISTING = "listing";

	/** Facet labels are stored as "value label"; values never contain a space. */
	static final char LABEL_SEPARATOR = ' ';

	/**
	 * Facets as sorted-set doc values, each in a field of its own so that counting one facet reads
	 * only its values (sideways counts need one facet each). Filters use the per-facet keyword fields
	 * instead of facet drill-down terms, which are therefore not indexed.
	 */
	static final FacetsConfig FACETS = facetsConfig();

	private final JsonMapper json;

	ShowtimeDocuments(JsonMapper json) {
		this.json = json;
	}

	static Term key(TenantId tenant, ShowtimeId showtime) {
		return new Term(KEY, tenant + "/" + showtime);
	}

	Document of(TenantId tenant, ShowtimeListing listing, long indexedAt) {
		Document document = new Document();
		document.add(new StringField(KEY, key(tenant, listing.id()).text(), Store.NO));
		document.add(new StringField(TENANT, tenant.toString(), Store.NO));
		document.add(new KeywordField(ID, listing.id().toString(), Store.YES));
		document.add(new StringField(ROOM, listing.room().id().toString(), Store.NO));
		document.add(new LongField(STARTS_AT, listing.startsAt().toEpochMilli(), Store.NO));
		document.add(new LongPoint(INDEXED_AT, indexedAt));
		document.add(new TextField(TEXT, listing.movie().title(), Store.NO));
		document.add(new TextField(TEXT, listing.movie().originalTitle(), Store.NO));
		listing.movie().cast().forEach(member -> document.add(new TextField(TEXT, member, Store.NO)));
		for (Facet facet : Facet.values()) {
			String value = facet.valueOf(listing);
			document.add(new StringField(facet.parameter(), value, Store.NO));
			document.add(new SortedSetDocValuesFacetField(facet.parameter(),
					value + LABEL_SEPARATOR + printable(facet.labelOf(listing))));
		}
		document.add(new StoredField(LISTING, json.writeValueAsBytes(listing)));
		try {
			return FACETS.build(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ShowtimeListing listing(Document stored) {
		BytesRef bytes = stored.getBinaryValue(LISTING);
		return json.readValue(bytes.bytes, bytes.offset, bytes.length, ShowtimeListing.class);
	}

	/** Facet paths reserve control characters as delimiters; a name is still readable without them. */
	private static String printable(String label) {
		return label.replaceAll("\\p{Cntrl}", " ");
	}

	/** The doc-values field holding one facet's values. */
	static String facetField(Facet facet) {
		return "$facet." + facet.parameter();
	}

	private static FacetsConfig facetsConfig() {
		FacetsConfig config = new FacetsConfig();
		for (Facet facet : Facet.values()) {
			config.setDrillDownTermsIndexing(facet.parameter(), DrillDownTermsIndexing.NONE);
			config.setIndexFieldName(facet.parameter(), facetField(facet));
		}
		return config;
	}
}
