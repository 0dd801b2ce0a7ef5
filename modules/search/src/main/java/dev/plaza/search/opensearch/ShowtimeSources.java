package dev.plaza.search.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plaza.platform.TenantId;
import dev.plaza.search.Facet;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimeListing;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a listing is laid out as a document. Change the layout only together with
 * {@link ShowtimeIndex#LAYOUT}, so that a new index is made and filled.
 */
final class ShowtimeSources {

	/** Facet counts are of "value label"; values never contain a space. */
	static final char LABEL_SEPARATOR = ' ';

	private final JsonMapper json;

	ShowtimeSources(JsonMapper json) {
		this.json = json;
	}

	/** Tenant and showtime: a document's id, unique across tenants. */
	static String id(TenantId tenant, ShowtimeId showtime) {
		return tenant + "/" + showtime;
	}

	Map<String, Object> of(TenantId tenant, ShowtimeListing listing, long indexedAt) {
		Map<String, Object> source = new LinkedHashMap<>();
		source.put(ShowtimeIndex.TENANT, tenant.toString());
		source.put(ShowtimeIndex.ID, listing.id().toString());
		source.put(ShowtimeIndex.ROOM, listing.room().id().toString());
		source.put(ShowtimeIndex.STARTS_AT, listing.startsAt().toEpochMilli());
		source.put(ShowtimeIndex.INDEXED_AT, indexedAt);
		List<String> text = new ArrayList<>();
		text.add(listing.movie().title());
		text.add(listing.movie().originalTitle());
		text.addAll(listing.movie().cast());
		source.put(ShowtimeIndex.TEXT, text);
		for (Facet facet : Facet.values()) {
			String value = facet.valueOf(listing);
			source.put(ShowtimeIndex.filterField(facet), value);
			source.put(ShowtimeIndex.countField(facet), value + LABEL_SEPARATOR + printable(facet.labelOf(listing)));
		}
		source.put(ShowtimeIndex.LISTING, json.convertValue(listing, Map.class));
		return source;
	}

	ShowtimeListing listing(Map<String, Object> source) {
		return json.convertValue(source.get(ShowtimeIndex.LISTING), ShowtimeListing.class);
	}

	/** Labels read as the Lucene adapter gives them, which cannot hold control characters. */
	private static String printable(String label) {
		return label.replaceAll("\\p{Cntrl}", " ");
	}
}
