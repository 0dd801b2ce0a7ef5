package dev.plaza.storefront.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.plaza.products.Product;
import dev.plaza.products.ProductListings;
import dev.plaza.storefront.application.StorefrontProperties;
import dev.plaza.storefront.web.ShopStock.Availability;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;

/**
 * A product's page: what it is, its pictures, price, availability and attributes, a form that puts
 * it in the cart, and a schema.org {@code Product} with its {@code Offer} for search engines. The form
 * carries the visitor's CSRF token, so the page is answered as a selling page: for this visitor only,
 * never stored by caches.
 */
@Controller
class ProductPage {

	/** Search engines show about this much of a description. */
	private static final int DESCRIPTION_LENGTH = 160;

	/** The most units one form may ask for; the cart checks stock itself. */
	static final int MAX_QUANTITY = 99;

	private final ProductListings listings;

	private final ShopStock stock;

	private final StructuredData data;

	private final SellingPages pages;

	private final StorefrontProperties properties;

	private final Visitors visitors;

	ProductPage(ProductListings listings, ShopStock stock, StructuredData data, SellingPages pages,
			StorefrontProperties properties, Visitors visitors) {
		this.listings = listings;
		this.stock = stock;
		this.data = data;
		this.pages = pages;
		this.properties = properties;
		this.visitors = visitors;
	}

	@GetMapping({ ShopPage.PATH + "/{slug}", "/t/{tenant}" + ShopPage.PATH + "/{slug}" })
	ResponseEntity<String> product(@RequestAttribute(Site.ATTRIBUTE) Site site, @PathVariable String slug,
			HttpServletRequest request, HttpServletResponse response) {
		Product product = listings.findBySlug(slug).orElseThrow(PageNotFound::new);
		Availability availability = stock.of(product.id()).orElse(null);
		String url = site.url(ShopPage.PATH + "/" + product.slug());
		List<String> images = product.images().stream().map(image -> absolute(site, image.originalUrl())).toList();
		Head head = new Head(product.title() + " | " + site.name(), description(product, site), url, "product",
				images.isEmpty() ? null : images.getFirst(), data.product(product, url, images, availability));
		Map<String, Object> variables = new HashMap<>();
		variables.put("site", site);
		variables.put("head", head);
		variables.put("shopLink", site.link(ShopPage.PATH));
		variables.put("cartAction", site.link("/cart/items"));
		variables.put("csrf", visitors.csrfToken(visitors.visitor(site, request, response)));
		variables.put("product", product);
		variables.put("price", ShopPrices.label(product.price(), properties.locale()));
		variables.put("availability", availability);
		variables.put("attributes", attributes(product));
		variables.put("maxQuantity", availability == null ? MAX_QUANTITY
				: (int) Math.max(1, Math.min(MAX_QUANTITY, availability.units())));
		return pages.page(HttpStatus.OK, "shop/product", variables);
	}

	private static String absolute(Site site, String link) {
		return link.startsWith("/") ? site.origin() + link : link;
	}

	private static String description(Product product, Site site) {
		String text = product.description() == null || product.description().isBlank()
				? product.title() + " at " + site.name() + "."
				: product.description().strip();
		return text.length() <= DESCRIPTION_LENGTH ? text
				: text.substring(0, DESCRIPTION_LENGTH - 1).stripTrailing() + "…";
	}

	/** The attributes by name as a shopper reads them: a list as its values joined, anything else as written. */
	static Map<String, String> attributes(Product product) {
		Map<String, String> shown = new TreeMap<>();
		product.attributes().forEach((name, value) -> {
			if (value != null) {
				shown.put(name, value instanceof List<?> list
						? list.stream().map(String::valueOf).collect(Collectors.joining(", ")) : String.valueOf(value));
			}
		});
		return shown;
	}
}
