package dev.plaza.search.opensearch;

import java.io.IOException;
import java.util.Map;

import dev.plaza.search.Facet;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.indices.IndexSettings;

/**
 * The index's settings, mappings and name. One index holds every tenant's showtimes, each document
 * routed by its tenant: an index per tenant would cost the cluster shards and mappings by the
 * thousand (every organization has three environments), while routing keeps a tenant's documents on
 * one shard, so a search reads that shard alone and its facet counts are exact. Every query filters
 * on the tenant as well, so routing narrows where to look but never decides what is found.
 */
final class ShowtimeIndex {

	/** The document layout; an index of another layout has another name and is filled from the catalog. */
	static final String LAYOUT = "1";

	static final String TENANT = "tenant";

	static final String ID = "id";

	static final String ROOM = "room";

	/** Start time in epoch milliseconds, for ranges, sorting and cursors. */
	static final String STARTS_AT = "startsAt";

	/** When the document was written, in epoch milliseconds, so a rebuild can drop what it did not rewrite. */
	static final String INDEXED_AT = "indexedAt";

	/** Title, original title and cast, analyzed by {@link #ANALYZER}. */
	static final String TEXT = "text";

	/** The whole listing, kept in the source and never indexed, answered for hits without reading the database. */
	static final String LISTING = "listing";

	/** Words lowercased and folded to ASCII, as the Lucene adapter's analyzer does. */
	static final String ANALYZER = "folding";

	/** Whether the index was ever filled from the whole catalog, kept in the mapping's metadata. */
	private static final String REBUILT = "rebuilt";

	private final OpenSearchClient client;

	private final String name;

	ShowtimeIndex(OpenSearchClient client, String prefix) {
		this.client = client;
		this.name = prefix + "-v" + LAYOUT;
	}

	String name() {
		return name;
	}

	/** The field a facet is filtered on: its exact value. */
	static String filterField(Facet facet) {
		return facet.parameter();
	}

	/** The field a facet is counted on: "value label", so each count comes with what a person reads. */
	static String countField(Facet facet) {
		return "facet_" + facet.parameter();
	}

	/** Creates the index unless it exists; answers whether it did, so that it must be filled. */
	boolean createIfMissing() throws IOException {
		if (client.indices().exists(exists -> exists.index(name)).value()) {
			return false;
		}
		try {
			client.indices().create(create -> create.index(name).settings(settings()).mappings(mappings()));
			return true;
		}
		catch (OpenSearchException ex) {
			if ("resource_already_exists_exception".equals(ex.error().type())) {
				return false;
			}
			throw ex;
		}
	}

	boolean rebuilt() throws IOException {
		Map<String, JsonData> meta = client.indices().getMapping(get -> get.index(name)).result().get(name).mappings()
			.meta();
		return meta != null && meta.containsKey(REBUILT) && meta.get(REBUILT).to(Boolean.class);
	}

	void markRebuilt() throws IOException {
		client.indices().putMapping(put -> put.index(name).meta(REBUILT, JsonData.of(true)));
	}

	private static IndexSettings settings() {
		return IndexSettings.of(index -> index.analysis(analysis -> analysis.analyzer(ANALYZER,
				analyzer -> analyzer.custom(custom -> custom.tokenizer("standard").filter("lowercase", "asciifolding")))));
	}

	/** Strict: a field the adapter does not know is a bug, refused rather than guessed. */
	private static TypeMapping mappings() {
		TypeMapping.Builder mapping = new TypeMapping.Builder().dynamic(DynamicMapping.Strict)
			.meta(REBUILT, JsonData.of(false))
			.properties(TENANT, keyword())
			.properties(ID, keyword())
			.properties(ROOM, keyword())
			.properties(STARTS_AT, Property.of(p -> p.long_(l -> l)))
			.properties(INDEXED_AT, Property.of(p -> p.long_(l -> l)))
			.properties(TEXT, Property.of(p -> p.text(text -> text.analyzer(ANALYZER))))
			.properties(LISTING, Property.of(p -> p.object(object -> object.enabled(false))));
		for (Facet facet : Facet.values()) {
			mapping.properties(filterField(facet), keyword());
			mapping.properties(countField(facet), Property.of(p -> p.keyword(k -> k.index(false))));
		}
		return mapping.build();
	}

	private static Property keyword() {
		return Property.of(p -> p.keyword(k -> k));
	}
}
