package dev.plaza.storefront.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.plaza.storefront.application.CatalogModels;
import dev.plaza.venues.PublicCatalog.City;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;

/** The storefront's home page: the tenant's cities, each a link to what is showing there. */
@Controller
class HomePage {

	private final CatalogModels models;

	private final StructuredData data;

	private final Pages pages;

	HomePage(CatalogModels models, StructuredData data, Pages pages) {
		this.models = models;
		this.data = data;
		this.pages = pages;
	}

	@GetMapping({ "/", "/t/{tenant}", "/t/{tenant}/" })
	ResponseEntity<String> cities(@RequestAttribute(Site.ATTRIBUTE) Site site) {
		List<City> cities = models.cities(site.tenant());
		String title = site.name() + ": cinemas and showtimes";
		Head head = new Head(title, "Movies and showtimes at " + site.name() + " cinemas in "
				+ cities.stream().map(City::name).collect(Collectors.joining(", ")) + ". Pick your city.",
				site.url(""), "website", null, data.itemList(title, cities.stream()
					.map(city -> Map.entry(city.name(), site.url("/" + city.slug())))
					.toList()));
		return pages.page("home", Map.of("site", site, "head", head, "cities", cities));
	}
}
