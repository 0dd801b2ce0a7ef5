package dev.plaza.storefront.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.plaza.products.ProductListings;
import dev.plaza.storefront.application.CatalogModels;
import dev.plaza.storefront.application.CityCatalog;
import dev.plaza.storefront.application.StorefrontProperties;
import dev.plaza.venues.PublicCatalog.City;
import dev.plaza.venues.PublicCatalog.Movie;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;

/** What crawlers read first: {@code robots.txt}, which names the sitemap, and the sitemap of every page. */
@Controller
class SearchEngineFiles {

	private static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

	private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	/** A sitemap holds at most 50,000 addresses; products fill what the cinema's pages leave. */
	static final int MAX_URLS = 50_000;

	private final CatalogModels models;

	private final ProductListings products;

	private final Pages pages;

	private final StorefrontProperties properties;

	SearchEngineFiles(CatalogModels models, ProductListings products, Pages pages, StorefrontProperties properties) {
		this.models = models;
		this.products = products;
		this.pages = pages;
		this.properties = properties;
	}

	@GetMapping({ "/robots.txt", "/t/{tenant}/robots.txt" })
	ResponseEntity<String> robots(@RequestAttribute(Site.ATTRIBUTE) Site site) {
		return pages.cacheable(TEXT, "User-agent: *\nAllow: /\nSitemap: " + site.url("/sitemap.xml") + "\n");
	}

	/**
	 * The home page, every city, every movie showing in a city in the days its page lists, and, when
	 * the tenant sells products, the shop and every product page.
	 */
	@GetMapping({ "/sitemap.xml", "/t/{tenant}/sitemap.xml" })
	ResponseEntity<String> sitemap(@RequestAttribute(Site.ATTRIBUTE) Site site) throws XMLStreamException {
		StringWriter text = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(SITEMAP_NAMESPACE);
		int written = 1;
		location(xml, site.url(""));
		for (City city : models.cities(site.tenant())) {
			location(xml, site.url("/" + city.slug()));
			written++;
			CityCatalog catalog = models.city(site.tenant(), city.slug()).orElseThrow();
			for (Movie movie : catalog.moviesOf(catalog.upcoming(models.now(), properties.days()))) {
				location(xml, site.url("/" + city.slug() + "/" + movie.slug()));
				written++;
			}
		}
		List<String> slugs = products.slugs(Math.max(0, MAX_URLS - written - 1));
		if (!slugs.isEmpty()) {
			location(xml, site.url(ShopPage.PATH));
			for (String slug : slugs) {
				location(xml, site.url(ShopPage.PATH + "/" + slug));
			}
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return pages.cacheable(XML, text.toString());
	}

	private static void location(XMLStreamWriter xml, String url) throws XMLStreamException {
		xml.writeStartElement("url");
		xml.writeStartElement("loc");
		xml.writeCharacters(url);
		xml.writeEndElement();
		xml.writeEndElement();
	}
}
