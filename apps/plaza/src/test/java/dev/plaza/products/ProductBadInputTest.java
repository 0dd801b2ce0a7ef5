package dev.plaza.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.plaza.media.Pictures;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.venues.CatalogCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every way a product can be wrong answers a problem naming what to fix, and stores nothing. */
@PlazaTest
class ProductBadInputTest {

	@Autowired
	PlazaClient plaza;

	ProductCalls shop;

	@BeforeEach
	void aShop() {
		shop = ProductCalls.newShop(plaza, "catalog:write");
	}

	@Test
	void aTakenSkuIs409AndNothingIsStored() {
		UUID first = shop.product("DUP-1");

		Response duplicate = shop.create(ProductCalls.product("DUP-1", "Another", 100, "EUR"));

		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.problemType()).isEqualTo("catalog-key-taken");
		assertThat(duplicate.json().get("detail").asString()).contains("sku 'DUP-1'");
		assertThat(shop.list("").json().get("items")).hasSize(1);
		assertThat(shop.get(first).json().get("title").asString()).isEqualTo("T-shirt DUP-1");
	}

	@Test
	void renamingToAnotherProductsSkuIs409AndChangesNothing() {
		shop.product("KEEP-1");
		UUID second = shop.product("KEEP-2");

		Response clash = shop.replace(second, ProductCalls.product("KEEP-1", "Clash", 100, "EUR"));

		assertThat(clash.status()).isEqualTo(409);
		assertThat(clash.problemType()).isEqualTo("catalog-key-taken");
		assertThat(shop.get(second).json().get("sku").asString()).isEqualTo("KEEP-2");
	}

	@Test
	void aPriceNotInWholeMinorUnitsOrNegativeOrInAnUnknownCurrencyIs400() {
		Response fraction = shop.create(ProductCalls.product("P-1", "P", 0, "EUR").replace("\"amount\": 0", "\"amount\": 9.5"));
		Response negative = shop.create(ProductCalls.product("P-2", "P", -1, "EUR"));
		Response unknownCurrency = shop.create(ProductCalls.product("P-3", "P", 100, "EUX"));
		Response lowercase = shop.create(ProductCalls.product("P-4", "P", 100, "eur"));
		Response missing = shop.create("{\"sku\": \"P-5\", \"title\": \"P\", \"taxClass\": \"zero\"}");

		assertThat(fraction.status()).as(fraction.text()).isEqualTo(400);
		assertThat(fraction.problemType()).isEqualTo("validation");
		assertThat(CatalogCalls.errorFields(fraction)).isEqualTo("price.amount");
		assertThat(fraction.json().get("detail").asString()).contains("whole number of minor units");
		assertThat(CatalogCalls.errorFields(negative)).isEqualTo("price.amount");
		assertThat(CatalogCalls.errorFields(unknownCurrency)).isEqualTo("price.currency");
		assertThat(unknownCurrency.json().get("detail").asString()).contains("ISO 4217");
		assertThat(CatalogCalls.errorFields(lowercase)).isEqualTo("price.currency");
		assertThat(CatalogCalls.errorFields(missing)).isEqualTo("price");
		assertThat(shop.list("").json().get("items")).isEmpty();
	}

	@Test
	void anUnknownTaxClassIs400ListingTheKnownOnes() {
		Response refused = shop.create(ProductCalls.product("T-1", "T", 100, "EUR").replace("standard", "luxury"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(CatalogCalls.errorFields(refused)).isEqualTo("taxClass");
		assertThat(refused.json().get("detail").asString()).contains("[standard, reduced, super-reduced, zero]");
	}

	@Test
	void everyBrokenFieldIsListedInOneAnswer() {
		Response refused = shop.create("""
				{"sku": "has spaces", "title": " ", "price": {"amount": 1, "currency": "EUR"}, "taxClass": "zero",
				 "attributes": ["not", "an", "object"]}""");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(CatalogCalls.errorFields(refused)).isEqualTo("sku,title,attributes");
	}

	@Test
	void anImageTheTenantDoesNotHaveIs422NamingIt() {
		UUID unknown = UUID.randomUUID();
		String othersImage = Pictures.upload(CatalogCalls.newTenant(plaza, "catalog:write"), "image/png", Pictures.png(20, 20))
			.json().get("id").asString();

		Response refused = shop.create("""
				{"sku": "IMG-1", "title": "I", "price": {"amount": 1, "currency": "EUR"}, "taxClass": "zero",
				 "images": ["%s", "%s"]}""".formatted(unknown, othersImage));

		assertThat(refused.status()).as(refused.text()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("unknown-reference");
		assertThat(CatalogCalls.errorFields(refused)).isEqualTo("images[0],images[1]");
		assertThat(refused.json().get("detail").asString()).isEqualTo("Fix these fields and retry: images[0] names an image "
				+ "this catalog does not have (" + unknown + "); upload it with POST /api/v1/catalog/images first, or fix the id; "
				+ "images[1] names an image this catalog does not have (" + othersImage
				+ "); upload it with POST /api/v1/catalog/images first, or fix the id.");
		assertThat(shop.list("").json().get("items")).isEmpty();
	}

	@Test
	void attributesOverSixteenKibibytesAre400() {
		String big = "x".repeat(17_000);

		Response refused = shop.create(ProductCalls.product("BIG-1", "Big", 100, "EUR")
			.replace("\"colour\": \"red\"", "\"notes\": \"" + big + "\""));

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(CatalogCalls.errorFields(refused)).isEqualTo("attributes");
		assertThat(refused.json().get("detail").asString()).contains("at most 16384");
	}

	@Test
	void anUnknownFieldIs400NamingIt() {
		Response topLevel = shop.create(ProductCalls.product("U-1", "U", 100, "EUR").replace("\"sku\"", "\"stock\": 5, \"sku\""));
		Response inPrice = shop.create(
				ProductCalls.product("U-2", "U", 100, "EUR").replace("\"currency\"", "\"vat\": 21, \"currency\""));

		assertThat(topLevel.status()).isEqualTo(400);
		assertThat(topLevel.problemType()).isEqualTo("unknown-field");
		assertThat(topLevel.json().get("field").asString()).isEqualTo("stock");
		assertThat(inPrice.problemType()).isEqualTo("unknown-field");
		assertThat(inPrice.json().get("field").asString()).isEqualTo("price.vat");
	}

	@Test
	void aMalformedImageIdIs400() {
		Response refused = shop.create("""
				{"sku": "IMG-2", "title": "I", "price": {"amount": 1, "currency": "EUR"}, "taxClass": "zero",
				 "images": ["not-a-uuid"]}""");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("validation");
		assertThat(refused.json().get("field").asString()).isEqualTo("images[0]");
	}
}
