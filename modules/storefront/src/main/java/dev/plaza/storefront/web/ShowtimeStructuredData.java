package dev.plaza.storefront.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.plaza.venues.ShowtimeListing;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD of a showtime's page: one {@code ScreeningEvent} with an offer per seat kind. Made safe for
 * a {@code <script>} element as {@link StructuredData} does it.
 */
@Component
class ShowtimeStructuredData {

	private final JsonMapper json;

	ShowtimeStructuredData(JsonMapper json) {
		this.json = json;
	}

	String of(ShowtimeListing showtime, String url, String movieUrl) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("@context", "https://schema.org");
		event.put("@type", "ScreeningEvent");
		event.put("name", showtime.movie().title() + " at " + showtime.cinema().name());
		event.put("url", url);
		event.put("startDate", showtime.startsAt().atZone(showtime.city().timeZone()).toOffsetDateTime().toString());
		event.put("endDate", showtime.endsAt().atZone(showtime.city().timeZone()).toOffsetDateTime().toString());
		event.put("eventStatus", "https://schema.org/EventScheduled");
		event.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
		event.put("location", Map.of("@type", "MovieTheater", "name", showtime.cinema().name(), "address",
				Map.of("@type", "PostalAddress", "addressLocality", showtime.city().name())));
		event.put("workPresented", Map.of("@id", movieUrl + "#movie", "@type", "Movie", "name", showtime.movie().title()));
		event.put("inLanguage", showtime.language());
		event.put("videoFormat", showtime.format());
		event.put("offers", showtime.prices().entrySet().stream()
			.sorted(Map.Entry.comparingByKey())
			.map(price -> Map.of("@type", "Offer", "category", price.getKey().code(), "price",
					BigDecimal.valueOf(price.getValue().amount(), price.getValue().currency().getDefaultFractionDigits())
						.toPlainString(),
					"priceCurrency", price.getValue().currency().getCurrencyCode(), "url", url,
					"availability", "https://schema.org/InStock"))
			.toList());
		return json.writeValueAsString(event).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}
}
