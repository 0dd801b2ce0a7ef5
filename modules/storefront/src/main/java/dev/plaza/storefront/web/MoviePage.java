package dev.plaza.storefront.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

/** A movie in a city: what it is about, who is in it, and where and when it shows there. */
@Controller
class MoviePage {

	/** Search engines show about this much of a description. */
	private static final int DESCRIPTION_LENGTH = 160;

	private final CatalogModels models;

	private final StructuredData data;

	private final Pages pages;

	private final StorefrontProperties properties;

	private final RenderedPages rendered;

	MoviePage(CatalogModels models, StructuredData data, Pages pages, StorefrontProperties properties,
			RenderedPages rendered) {
		this.models = models;
		this.data = data;
		this.pages = pages;
		this.properties = properties;
		this.rendered = rendered;
	}

	// Swagger UI's files are served under /swagger-ui/, the account and login pages' under /account/: no
	// city of those names may take them.
	@GetMapping({ "/{city:(?!(?:swagger-ui|account)$).+}/{movie}", "/t/{tenant}/{city}/{movie}" })
	ResponseEntity<byte[]> movie(@RequestAttribute(Site.ATTRIBUTE) Site site, @PathVariable String city,
			@PathVariable String movie) {
		return rendered.get(site, "/" + city + "/" + movie, () -> render(site, city, movie));
	}

	private ResponseEntity<String> render(Site site, String city, String movie) {
		CityCatalog catalog = models.city(site.tenant(), city).orElseThrow(PageNotFound::new);
		Movie shown = models.movie(site.tenant(), movie).orElseThrow(PageNotFound::new);
		List<ShowtimeListing> showtimes = catalog.upcoming(models.now(), properties.days())
			.stream()
			.filter(listing -> listing.movie().id().equals(shown.id()))
			.toList();
		String url = site.url("/" + catalog.city().slug() + "/" + shown.slug());
		String image = Poster.preview(shown, site.origin()).orElse(null);
		Head head = new Head(shown.title() + " in " + catalog.city().name() + " | " + site.name(),
				description(shown, catalog), url, "video.movie", image,
				data.movieWithScreenings(shown, url, image, catalog.city(), catalog, showtimes));
		Map<String, Object> variables = new HashMap<>();
		variables.put("site", site);
		variables.put("head", head);
		variables.put("city", catalog.city());
		variables.put("cityLink", site.link("/" + catalog.city().slug()));
		variables.put("movie", shown);
		variables.put("poster", Poster.of(shown).orElse(null));
		variables.put("showings", Showings.of(showtimes, catalog, properties.locale()));
		return pages.page("movie", variables);
	}

	private static String description(Movie movie, CityCatalog catalog) {
		String description = movie.title() + " (" + movie.durationMinutes() + " min, " + movie.ageRating() + ") in "
				+ catalog.city().name() + ": showtimes and tickets. " + movie.synopsis();
		return description.length() <= DESCRIPTION_LENGTH ? description
				: description.substring(0, DESCRIPTION_LENGTH - 1).stripTrailing() + "…";
	}
}
