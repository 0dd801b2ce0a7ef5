package dev.plaza.search.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.plaza.search.Facet;
import dev.plaza.search.SearchCursor;
import dev.plaza.search.SearchResult;
import dev.plaza.venues.Price;
import dev.plaza.venues.ShowtimeListing;
import io.swagger.v3.oas.annotations.media.Schema;

/** The search endpoint's answer: what a listing page shows, without internal ids other than the showtime's. */
record SearchPage(List<Item> items, Map<String, List<SearchResult.FacetCount>> facets, long total,
		@Schema(nullable = true) String nextCursor) {

	static SearchPage of(SearchResult result) {
		Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
		for (Facet facet : Facet.values()) {
			facets.put(facet.parameter(), result.facets().getOrDefault(facet, List.of()));
		}
		return new SearchPage(result.items().stream().map(Item::of).toList(), facets, result.total(),
				result.next().map(SearchCursor::encode).orElse(null));
	}

	record Item(UUID showtimeId, Instant startsAt, LocalDate localDate, String language, String format, Room room,
			Cinema cinema, City city, Movie movie, Map<String, Amount> prices) {

		static Item of(ShowtimeListing listing) {
			Map<String, Amount> prices = new TreeMap<>();
			listing.prices().forEach((kind, price) -> prices.put(kind.code(), Amount.of(price)));
			return new Item(listing.id().value(), listing.startsAt(), listing.localDate(), listing.language(),
					listing.format(), new Room(listing.room().name(), listing.room().type().code()),
					new Cinema(listing.cinema().code(), listing.cinema().name()),
					new City(listing.city().slug(), listing.city().name()),
					new Movie(listing.movie().slug(), listing.movie().title()), prices);
		}
	}

	record Room(String name, String type) {
	}

	record Cinema(String code, String name) {
	}

	record City(String slug, String name) {
	}

	record Movie(String slug, String title) {
	}

	record Amount(long amount, String currency) {

		static Amount of(Price price) {
			return new Amount(price.amount(), price.currency().getCurrencyCode());
		}
	}
}
