package dev.plaza.storefront.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.plaza.products.Product;
import dev.plaza.products.ProductListing;
import dev.plaza.products.ProductListing.AttributeFacet;
import dev.plaza.products.ProductListings;
import dev.plaza.storefront.application.StorefrontProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The shop: its products a page at a time, searched by words and narrowed by ticking attribute
 * values, each value with how many products have it. One form sends it all as a query string, so it
 * works without JavaScript and every result page has an address.
 */
@Controller
class ShopPage {

	static final String PATH = "/products";

	private final ProductListings listings;

	private final ShopStock stock;

	private final StructuredData data;

	private final Pages pages;

	private final StorefrontProperties properties;

	ShopPage(ProductListings listings, ShopStock stock, StructuredData data, Pages pages, StorefrontProperties properties) {
		this.listings = listings;
		this.stock = stock;
		this.data = data;
		this.pages = pages;
		this.properties = properties;
	}

	@GetMapping({ PATH, "/t/{tenant}" + PATH })
	ResponseEntity<String> products(@RequestAttribute(Site.ATTRIBUTE) Site site,
			@RequestParam MultiValueMap<String, String> parameters) {
		ShopQuery query = ShopQuery.of(parameters);
		ProductListing listing = listings.search(query.search());
		int pageCount = (int) Math.max(1, (listing.total() + ShopQuery.PAGE_SIZE - 1) / ShopQuery.PAGE_SIZE);
		String title = (query.words().isEmpty() ? "Shop" : "“" + query.words() + "” in the shop") + " | " + site.name();
		List<ShopItem> items = listing.products().stream().map(product -> item(site, product)).toList();
		Head head = new Head(title, description(site, listing), site.url(PATH) + (query.page() > 1 && !query.filtered()
				? "?page=" + query.page() : ""), "website", null,
				data.itemList(title, items.stream().map(item -> Map.entry(item.name(), site.origin() + item.link())).toList()));
		Map<String, Object> variables = new HashMap<>();
		variables.put("site", site);
		variables.put("head", head);
		variables.put("action", site.link(PATH));
		variables.put("words", query.words());
		variables.put("facets", facets(listing.facets()));
		variables.put("items", items);
		variables.put("total", listing.total());
		variables.put("page", query.page());
		variables.put("pageCount", pageCount);
		variables.put("previous", query.page() > 1 ? query.link(site, query.page() - 1) : null);
		variables.put("next", query.page() < pageCount ? query.link(site, query.page() + 1) : null);
		variables.put("filtered", query.filtered());
		return pages.page("shop/products", variables);
	}

	private ShopItem item(Site site, Product product) {
		return new ShopItem(product.title(), site.link(PATH + "/" + product.slug()),
				ShopPrices.label(product.price(), properties.locale()),
				stock.of(product.id()).map(ShopStock.Availability::label).orElse(null),
				product.images().isEmpty() ? null : product.images().getFirst().originalUrl());
	}

	private static String description(Site site, ProductListing listing) {
		return listing.total() == 0 ? "The shop of " + site.name() + "."
				: listing.total() + (listing.total() == 1 ? " product" : " products") + " in the shop of " + site.name()
						+ ", with prices and availability.";
	}

	/** Each value as a checkbox with an id of its own, so that its label names it. */
	private static List<FacetView> facets(List<AttributeFacet> facets) {
		List<FacetView> views = new ArrayList<>();
		for (AttributeFacet facet : facets) {
			List<ValueView> values = new ArrayList<>();
			for (var value : facet.values()) {
				values.add(new ValueView("f" + views.size() + "-" + values.size(), facet.attribute() + ":" + value.value(),
						value.value(), value.products(), value.chosen()));
			}
			views.add(new FacetView(facet.attribute(), values));
		}
		return views;
	}

	/** A product in the list: its name, page link, price, availability (or null) and first picture (or null). */
	record ShopItem(String name, String link, String price, String availability, String image) {
	}

	record FacetView(String attribute, List<ValueView> values) {
	}

	/** @param parameter the {@code f} parameter the checkbox sends */
	record ValueView(String id, String parameter, String label, long products, boolean chosen) {
	}
}
