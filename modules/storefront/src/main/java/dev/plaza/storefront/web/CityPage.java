package dev.plaza.storefront.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.plaza.storefront.application.CatalogModels;
import dev.plaza.storefront.application.CityCatalog;
import dev.plaza.storefront.application.StorefrontProperties;
import dev.plaza.venues.PublicCatalog.Movie;
import dev.plaza.venues.ShowtimeListing;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;

/** A city's listings: every movie showing there today and on the coming days, with its showtimes by cinema. */
@Controller
class CityPage {

	private final CatalogModels models;

	private final StructuredData data;

	private final Pages pages;

	private final StorefrontProperties properties;

	private final RenderedPages rendered;

	CityPage(CatalogModels models, StructuredData data, Pages pages, StorefrontProperties properties,
			RenderedPages rendered) {
		this.models = models;
		this.data = data;
		this.pages = pages;
		this.properties = properties;
		this.rendered = rendered;
	}

	@GetMapping({ "/{city}", "/t/{tenant}/{city}" })
	ResponseEntity<byte[]> listings(@RequestAttribute(Site.ATTRIBUTE) Site site, @PathVariable String city) {
		return rendered.get(site, "/" + city, () -> render(site, city));
	}

	private ResponseEntity<String> render(Site site, String city) {
		CityCatalog catalog = models.city(site.tenant(), city).orElseThrow(PageNotFound::new);
		List<ShowtimeListing> upcoming = catalog.upcoming(models.now(), properties.days());
		List<Movie> movies = catalog.moviesOf(upcoming);
		String path = "/" + catalog.city().slug();
		String title = "Movies in " + catalog.city().name() + " | " + site.name();
		Head head = new Head(title, movies.isEmpty()
				? "Showtimes at " + site.name() + " cinemas in " + catalog.city().name() + "."
				: "Showtimes in " + catalog.city().name() + " today and the coming days at " + site.name() + ": "
						+ movies.stream().map(Movie::title).collect(Collectors.joining(", ")) + ".",
				site.url(path), "website", null, data.itemList(title, movies.stream()
					.map(movie -> Map.entry(movie.title(), site.url(path + "/" + movie.slug())))
					.toList()));
		List<MovieShowings> showings = movies.stream()
			.map(movie -> new MovieShowings(movie, Poster.of(movie).orElse(null), site.link(path + "/" + movie.slug()),
					Showings.of(upcoming.stream().filter(listing -> listing.movie().id().equals(movie.id())).toList(),
							catalog, properties.locale())))
			.toList();
		return pages.page("city", Map.of("site", site, "head", head, "city", catalog.city(), "movies", showings));
	}

	/** One movie on a city page: its details, poster (or null), page link and showings. */
	record MovieShowings(Movie movie, Poster poster, String link, List<Showings> showings) {
	}
}
