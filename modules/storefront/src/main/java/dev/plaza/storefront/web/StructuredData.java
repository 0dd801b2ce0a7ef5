package dev.plaza.storefront.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plaza.products.Product;
import dev.plaza.storefront.application.CityCatalog;
import dev.plaza.venues.Price;
import dev.plaza.venues.PublicCatalog.Cinema;
import dev.plaza.venues.PublicCatalog.City;
import dev.plaza.venues.PublicCatalog.Movie;
import dev.plaza.venues.ShowtimeListing;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD for pages. The JSON is made safe to place inside {@code <script>}: {@code <},
 * {@code >} and {@code &} can only occur inside JSON strings, where their unicode escapes mean the
 * same, so a title holding {@code </script>} cannot end the element early.
 */
@Component
class StructuredData {

	private final JsonMapper json;

	StructuredData(JsonMapper json) {
		this.json = json;
	}

	/** An ordered list of links, such as a tenant's cities or the movies showing in a city. */
	String itemList(String name, List<Map.Entry<String, String>> namesAndUrls) {
		List<Object> items = new ArrayList<>();
		for (Map.Entry<String, String> item : namesAndUrls) {
			items.add(Map.of("@type", "ListItem", "position", items.size() + 1, "name", item.getKey(), "url",
					item.getValue()));
		}
		return write(Map.of("@context", "https://schema.org", "@type", "ItemList", "name", name, "itemListElement", items));
	}

	/** The movie, and a screening event for each of its showtimes here. */
	String movieWithScreenings(Movie movie, String url, String image, City city, CityCatalog catalog,
			List<ShowtimeListing> showtimes) {
		Map<String, Object> work = movie(movie, url, image);
		List<Object> graph = new ArrayList<>(List.of(work));
		for (ShowtimeListing showtime : showtimes) {
			graph.add(screening(showtime, movie, url, city, catalog.cinema(showtime.cinema().id()).orElseThrow()));
		}
		return write(Map.of("@context", "https://schema.org", "@graph", graph));
	}

	private static Map<String, Object> movie(Movie movie, String url, String image) {
		Map<String, Object> work = new LinkedHashMap<>();
		work.put("@type", "Movie");
		work.put("@id", url + "#movie");
		work.put("name", movie.title());
		work.put("alternateName", movie.originalTitle());
		work.put("url", url);
		work.put("description", movie.synopsis());
		work.put("genre", movie.genres());
		work.put("actor", movie.cast().stream().map(name -> Map.of("@type", "Person", "name", name)).toList());
		work.put("duration", "PT" + movie.durationMinutes() + "M");
		work.put("contentRating", movie.ageRating());
		work.put("datePublished", movie.releaseDate().toString());
		if (image != null) {
			work.put("image", image);
		}
		return work;
	}

	private static Map<String, Object> screening(ShowtimeListing showtime, Movie movie, String url, City city,
			Cinema cinema) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("@type", "ScreeningEvent");
		event.put("name", movie.title() + " at " + cinema.name());
		event.put("startDate", showtime.startsAt().atZone(city.timeZone()).toOffsetDateTime().toString());
		event.put("endDate", showtime.endsAt().atZone(city.timeZone()).toOffsetDateTime().toString());
		event.put("eventStatus", "https://schema.org/EventScheduled");
		event.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
		event.put("location", Map.of("@type", "MovieTheater", "name", cinema.name(), "address",
				Map.of("@type", "PostalAddress", "streetAddress", cinema.address(), "addressLocality", city.name(),
						"addressCountry", city.country()),
				"geo", Map.of("@type", "GeoCoordinates", "latitude", cinema.latitude(), "longitude", cinema.longitude())));
		event.put("workPresented", Map.of("@id", url + "#movie", "@type", "Movie", "name", movie.title()));
		event.put("inLanguage", showtime.language());
		event.put("videoFormat", showtime.format());
		event.put("offers", showtime.prices().entrySet().stream()
			.sorted(Map.Entry.comparingByKey())
			.map(price -> offer(price.getKey().code(), price.getValue(), url))
			.toList());
		return event;
	}

	/**
	 * A shop product with its one offer; the offer states availability only when the stock is known
	 * ({@code availability} null otherwise).
	 */
	String product(Product product, String url, List<String> images, ShopStock.Availability availability) {
		Map<String, Object> offer = new LinkedHashMap<>();
		offer.put("@type", "Offer");
		offer.put("price", ShopPrices.plain(product.price()));
		offer.put("priceCurrency", product.price().currency().getCurrencyCode());
		if (availability != null) {
			offer.put("availability", availability.schema());
		}
		offer.put("url", url);
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("@context", "https://schema.org");
		item.put("@type", "Product");
		item.put("@id", url + "#product");
		item.put("name", product.title());
		item.put("description", product.description());
		item.put("sku", product.sku());
		item.put("url", url);
		if (!images.isEmpty()) {
			item.put("image", images);
		}
		List<Object> properties = new ArrayList<>();
		ProductPage.attributes(product)
			.forEach((name, value) -> properties.add(Map.of("@type", "PropertyValue", "name", name, "value", value)));
		if (!properties.isEmpty()) {
			item.put("additionalProperty", properties);
		}
		item.put("offers", offer);
		return write(item);
	}

	private static Map<String, Object> offer(String seatKind, Price price, String url) {
		return Map.of("@type", "Offer", "category", seatKind, "price",
				BigDecimal.valueOf(price.amount(), price.currency().getDefaultFractionDigits()).toPlainString(),
				"priceCurrency", price.currency().getCurrencyCode(), "url", url);
	}

	private String write(Object document) {
		return json.writeValueAsString(document).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}
}
