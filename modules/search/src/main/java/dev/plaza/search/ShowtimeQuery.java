package dev.plaza.search;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a customer searches for: free text over titles and cast, exact filters combined with AND,
 * and one page of the results in start order.
 *
 * @param text words each of which must match a title, original title or cast member, allowing typos
 * @param filters the value each filtered facet must have
 * @param startsAfter when present, only showtimes starting after it
 * @param limit the page size
 * @param after where the previous page ended
 */
public record ShowtimeQuery(Optional<String> text, Map<Facet, String> filters, Optional<Instant> startsAfter, int limit,
		Optional<SearchCursor> after) {

	public ShowtimeQuery {
		filters = Map.copyOf(filters);
	}
}
