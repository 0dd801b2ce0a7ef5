package dev.plaza.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.venues.CatalogCalls;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The shop's pages as a shopper and a search engine read them over HTTP: search, facets, product pages, sitemap. */
@PlazaTest
class ShopPagesTest {

	@Autowired
	PlazaClient plaza;

	ShopFixture shop;

	@BeforeEach
	void aShopWithAStorefront() {
		shop = new ShopFixture(plaza);
	}

	@Test
	void theShopListsEveryProductWithPriceAvailabilityAndFacetCounts() {
		Document page = shop.page("/products");

		assertThat(names(page)).containsExactly("Breakfast mug", "Camiseta Día", "Oxford shirt", "Sold-out cap");
		assertThat(page.select("#results").text()).isEqualTo("4 products");
		Element mug = item(page, "Breakfast mug");
		assertThat(mug.select(".price").text()).isEqualTo("€12.50");
		assertThat(mug.select(".stock").text()).isEqualTo("In stock");
		assertThat(item(page, "Oxford shirt").select(".stock").text()).isEqualTo("In stock: only 3 left");
		assertThat(item(page, "Sold-out cap").select(".stock").text()).isEqualTo("Out of stock");
		assertThat(facet(page, "colour")).containsExactly("red (2)", "black (1)", "blue (1)");
		assertThat(facet(page, "sizes")).containsExactly("M (2)", "L (1)", "S (1)");
		assertThat(facet(page, "material")).containsExactly("ceramic (1)");
		Element red = page.selectFirst("input[name=f][value=\"colour:red\"]");
		assertThat(red.attr("type")).isEqualTo("checkbox");
		assertThat(page.select("label[for=" + red.id() + "]").text()).isEqualTo("red (2)");
		assertThat(page.select("label[for=q]").text()).isEqualTo("Search products");
	}

	@Test
	void tickingAValueShowsOnlyProductsWithItAndCountsTheOtherAttributesAmongThem() {
		Document page = shop.page("/products?f=colour%3Ared");

		assertThat(names(page)).containsExactly("Breakfast mug", "Camiseta Día");
		assertThat(page.selectFirst("input[value=\"colour:red\"]").hasAttr("checked")).isTrue();
		// Values of the ticked attribute stay as alternatives, counted as if chosen alone.
		assertThat(facet(page, "colour")).containsExactly("red (2)", "black (1)", "blue (1)");
		assertThat(facet(page, "sizes")).containsExactly("M (1)", "S (1)");

		Document both = shop.page("/products?f=colour%3Ared&f=colour%3Ablue&f=sizes%3AM");
		assertThat(names(both)).containsExactly("Camiseta Día", "Oxford shirt");
	}

	@Test
	void wordsFindProductsByTitleOrDescription() {
		assertThat(names(shop.page("/products?q=ceramic"))).containsExactly("Breakfast mug");
		Document shirts = shop.page("/products?q=oxford");
		assertThat(names(shirts)).containsExactly("Oxford shirt");
		assertThat(shirts.selectFirst("input#q").val()).isEqualTo("oxford");
		assertThat(names(shop.page("/products?q=red+mug"))).containsExactly("Breakfast mug");
		Document none = shop.page("/products?q=bicycle");
		assertThat(names(none)).isEmpty();
		assertThat(none.select(".empty").text()).contains("No products match");
	}

	@Test
	void resultsComeAPageAtATime() {
		for (int i = 0; i < 24; i++) {
			CatalogCalls.created(shop.products.create(ShopFixture.JSON.writeValueAsString(Map.of("sku", "EXTRA-" + i,
					"title", "Zz extra " + i, "description", "Filler.", "price", Map.of("amount", 100, "currency", "EUR"),
					"taxClass", "standard"))));
		}
		Document first = shop.page("/products");
		assertThat(names(first)).hasSize(24);
		assertThat(first.select(".pages span").text()).isEqualTo("Page 1 of 2");
		String next = first.selectFirst("a[rel=next]").attr("href");
		assertThat(next).isEqualTo("/products?page=2");

		Document second = shop.page(next);
		assertThat(names(second)).hasSize(4);
		assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/products");
		assertThat(second.select("a[rel=next]")).isEmpty();
	}

	@Test
	void malformedQueriesAreReadAsAbsentNotRefused() {
		for (String query : List.of("?page=abc", "?page=-3", "?f=nocolon", "?f=%3Ared", "?page=999999999999")) {
			Response response = shop.visit("/products" + query);
			assertThat(response.status()).as(query).isEqualTo(200);
		}
	}

	@Test
	void theProductPageShowsPriceAvailabilityAttributesAndAnAddToCartForm() {
		Document page = shop.page("/products/camiseta-dia");

		assertThat(page.select("h1").text()).isEqualTo("Camiseta Día");
		assertThat(page.select(".price").text()).isEqualTo("€19.99");
		assertThat(page.select(".stock").text()).isEqualTo("In stock");
		assertThat(page.select(".attributes dt").eachText()).containsExactly("colour", "sizes");
		assertThat(page.select(".attributes dd").eachText()).containsExactly("red", "S, M");
		assertThat(page.title()).isEqualTo("Camiseta Día | " + page.select(".bar a").first().text());
		assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Organic cotton T-shirt, dyed red.");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(shop.url("/products/camiseta-dia"));

		Element form = page.selectFirst("form.add");
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.attr("action")).isEqualTo("/cart/items");
		assertThat(form.selectFirst("input[name=productId]").val()).isEqualTo(shop.tshirt.toString());
		assertThat(form.selectFirst("input[name=_csrf]").val()).isNotBlank();
		Element quantity = form.selectFirst("input[name=quantity]");
		assertThat(quantity.val()).isEqualTo("1");
		assertThat(page.select("label[for=" + quantity.id() + "]").text()).isEqualTo("Quantity");
	}

	@Test
	void theProductPageTellsSearchEnginesTheProductAndItsOffer() {
		Document page = shop.page("/products/camiseta-dia");

		List<Element> scripts = page.select("script[type=application/ld+json]");
		assertThat(scripts).hasSize(1);
		JsonNode product = ShopFixture.JSON.readTree(scripts.getFirst().data());
		assertThat(product.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(product.get("@type").asString()).isEqualTo("Product");
		assertThat(product.get("name").asString()).isEqualTo("Camiseta Día");
		assertThat(product.get("url").asString()).isEqualTo(shop.url("/products/camiseta-dia"));
		JsonNode offer = product.get("offers");
		assertThat(offer.get("@type").asString()).isEqualTo("Offer");
		assertThat(offer.get("price").asString()).isEqualTo("19.99");
		assertThat(offer.get("priceCurrency").asString()).isEqualTo("EUR");
		assertThat(offer.get("availability").asString()).isEqualTo("https://schema.org/InStock");
		assertThat(offer.get("url").asString()).isEqualTo(shop.url("/products/camiseta-dia"));

		JsonNode soldOut = ShopFixture.JSON.readTree(shop.page("/products/sold-out-cap")
			.selectFirst("script[type=application/ld+json]")
			.data());
		assertThat(soldOut.get("offers").get("availability").asString()).isEqualTo("https://schema.org/OutOfStock");
	}

	@Test
	void aSoldOutProductCannotBePutInTheCart() {
		Document page = shop.page("/products/sold-out-cap");

		assertThat(page.select(".stock").text()).isEqualTo("Out of stock");
		assertThat(page.select("form.add")).isEmpty();
	}

	@Test
	void productsWithTheSameTitleGetPagesOfTheirOwn() {
		CatalogCalls.created(shop.products.create(ShopFixture.JSON.writeValueAsString(Map.of("sku", "MUG-2", "title",
				"Breakfast mug", "description", "Another mug.", "price", Map.of("amount", 900, "currency", "EUR"),
				"taxClass", "standard"))));

		List<String> links = shop.page("/products?q=mug").select(".products h3 a").eachAttr("href");
		assertThat(links).hasSize(2).doesNotHaveDuplicates().contains("/products/breakfast-mug");
		for (String link : links) {
			assertThat(shop.visit(link).status()).as(link).isEqualTo(200);
		}
	}

	@Test
	void anUnknownProductIsAPageNotFound() {
		Response response = shop.visit("/products/no-such-thing");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.text()).contains("Page not found");
	}

	@Test
	void theSitemapListsTheShopAndEveryProductPage() {
		String sitemap = shop.visit("/sitemap.xml").text();

		for (String path : List.of("/products", "/products/camiseta-dia", "/products/oxford-shirt", "/products/breakfast-mug",
				"/products/sold-out-cap")) {
			assertThat(sitemap).contains("<loc>" + shop.url(path) + "</loc>");
		}
	}

	@Test
	void pagesTravelCompressedToBrowsersThatAcceptIt() throws IOException, InterruptedException {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(plaza.uri("/t/" + shop.tenant() + "/products"))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
			assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8)).contains("<h1>Shop</h1>");
		}
	}

	private static List<String> names(Document page) {
		return page.select(".products h3").eachText();
	}

	private static Element item(Document page, String name) {
		return page.select(".products li").stream()
			.filter(item -> item.select("h3").text().equals(name))
			.findFirst()
			.orElseThrow();
	}

	/** The labels of an attribute's checkboxes, as a screen reader reads them. */
	private static List<String> facet(Document page, String attribute) {
		return page.select(".filters fieldset").stream()
			.filter(fieldset -> fieldset.select("legend").text().equals(attribute))
			.findFirst()
			.orElseThrow()
			.select("label")
			.eachText();
	}
}
