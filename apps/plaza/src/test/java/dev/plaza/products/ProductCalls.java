package dev.plaza.products;

import java.net.http.HttpRequest;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.venues.CatalogCalls;

/** The product API as a shop's back office calls it. Public for the stock tests to set up products. */
public final class ProductCalls {

	public static final String PRODUCTS = "/api/v1/catalog/products";

	public final CatalogCalls catalog;

	public ProductCalls(CatalogCalls catalog) {
		this.catalog = catalog;
	}

	/** A new shop (an organization's demo tenant) whose client has the given scopes. */
	public static ProductCalls newShop(PlazaClient plaza, String... scopes) {
		return new ProductCalls(CatalogCalls.newTenant(plaza, scopes));
	}

	/** The same shop through another API client of its tenant, holding only these scopes. */
	public ProductCalls asClientWith(String... scopes) {
		PlazaClient plaza = catalog.plaza;
		String token = plaza.tenantCaller(plaza.adminToken(), catalog.tenant.toString(), scopes).token();
		return new ProductCalls(new CatalogCalls(plaza, token, catalog.tenant));
	}

	/** A product body with everything a product can have but images. */
	public static String product(String sku, String title, long amount, String currency) {
		return """
				{"sku": "%s", "title": "%s", "description": "Organic cotton.", "price": {"amount": %d, "currency": "%s"},
				 "taxClass": "standard", "attributes": {"colour": "red", "sizes": ["S", "M"], "weightGrams": 180}}"""
			.formatted(sku, title, amount, currency);
	}

	public Response create(String body, String... headers) {
		return catalog.plaza.postJson(PRODUCTS, catalog.token, body, headers);
	}

	public Response replace(UUID id, String body) {
		return catalog.plaza.send(HttpRequest.newBuilder(catalog.plaza.uri(PRODUCTS + "/" + id))
			.header("Authorization", "Bearer " + catalog.token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Response get(UUID id) {
		return catalog.get(PRODUCTS + "/" + id);
	}

	public Response list(String query) {
		return catalog.get(PRODUCTS + query);
	}

	/** A new product with a unique SKU, priced 19.99 EUR; answers its id. */
	public UUID product() {
		return CatalogCalls.created(create(product(CatalogCalls.unique("TSHIRT"), "T-shirt", 1999, "EUR")));
	}

	/** A new product with this SKU; answers its id. */
	public UUID product(String sku) {
		return CatalogCalls.created(create(product(sku, "T-shirt " + sku, 1999, "EUR")));
	}
}
