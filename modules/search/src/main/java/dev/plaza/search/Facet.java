package dev.plaza.search;

import java.util.function.Function;

import dev.plaza.venues.ShowtimeListing;

/**
 * A dimension results are counted and filtered by. Its value is what a filter names exactly (a slug,
 * code, type, ISO date or language tag, never containing a space); its label is what a person reads.
 */
public enum Facet {

	CITY("city", listing -> listing.city().slug(), listing -> listing.city().name()),
	CINEMA("cinema", listing -> listing.cinema().code(), listing -> listing.cinema().name()),
	ROOM_TYPE("roomType", listing -> listing.room().type().code(), listing -> listing.room().type().code()),
	DATE("date", listing -> listing.localDate().toString(), listing -> listing.localDate().toString()),
	MOVIE("movie", listing -> listing.movie().slug(), listing -> listing.movie().title()),
	LANGUAGE("language", ShowtimeListing::language, ShowtimeListing::language);

	private final String parameter;

	private final Function<ShowtimeListing, String> value;

	private final Function<ShowtimeListing, String> label;

	Facet(String parameter, Function<ShowtimeListing, String> value, Function<ShowtimeListing, String> label) {
		this.parameter = parameter;
		this.value = value;
		this.label = label;
	}

	/** The name of the query parameter filtering by it, and of its counts in answers. */
	public String parameter() {
		return parameter;
	}

	public String valueOf(ShowtimeListing listing) {
		return value.apply(listing);
	}

	public String labelOf(ShowtimeListing listing) {
		return label.apply(listing);
	}
}
