package dev.plaza.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.plaza.media.Pictures;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.venues.CatalogCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A shop keeps its products: created, read, listed a page at a time and corrected, each in its own tenant. */
@PlazaTest
class ProductsApiTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	PlazaClient plaza;

	ProductCalls shop;

	@BeforeEach
	void aShop() {
		shop = ProductCalls.newShop(plaza, "catalog:write");
	}

	@Test
	void aCreatedProductIsAnsweredAndReadBackAsSent() {
		Response created = shop.create(ProductCalls.product("TSHIRT-RED-M", "Red T-shirt", 1999, "EUR"));

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		UUID id = CatalogCalls.created(created);
		assertThat(created.header("Location")).endsWith(ProductCalls.PRODUCTS + "/" + id);
		JsonNode read = shop.get(id).json();
		assertThat(read).isEqualTo(created.json());
		assertThat(read.get("sku").asString()).isEqualTo("TSHIRT-RED-M");
		assertThat(read.get("title").asString()).isEqualTo("Red T-shirt");
		assertThat(read.get("description").asString()).isEqualTo("Organic cotton.");
		assertThat(read.get("price")).isEqualTo(JSON.readTree("{\"amount\": 1999, \"currency\": \"EUR\"}"));
		assertThat(read.get("taxClass").asString()).isEqualTo("standard");
		assertThat(read.get("attributes"))
			.isEqualTo(JSON.readTree("{\"colour\": \"red\", \"sizes\": [\"S\", \"M\"], \"weightGrams\": 180}"));
		assertThat(read.get("images")).isEmpty();
	}

	@Test
	void picturesComeWithTheirRenditionsLikePosters() {
		String first = Pictures.upload(shop.catalog, "image/png", Pictures.png(800, 800)).json().get("id").asString();
		String second = Pictures.upload(shop.catalog, "image/png", Pictures.png(400, 300)).json().get("id").asString();
		Pictures.ready(shop.catalog, first);
		Pictures.ready(shop.catalog, second);

		Response created = shop.create("""
				{"sku": "MUG-1", "title": "Mug", "price": {"amount": 850, "currency": "EUR"}, "taxClass": "reduced",
				 "images": ["%s", "%s"]}""".formatted(second, first));

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode images = shop.get(CatalogCalls.created(created)).json().get("images");
		assertThat(images).hasSize(2);
		assertThat(images.get(0).get("id").asString()).as("in the order sent").isEqualTo(second);
		assertThat(images.get(0).get("status").asString()).isEqualTo("ready");
		assertThat(images.get(0).get("original").asString()).isEqualTo("/media/" + second + "/original.png");
		assertThat(images.get(0).get("renditions")).hasSize(6);
		for (JsonNode rendition : images.get(1).get("renditions")) {
			assertThat(plaza.get(rendition.get("url").asString(), null).status()).as(rendition.get("url").asString())
				.isEqualTo(200);
		}
		assertThat(images.get(1).get("renditions").findValuesAsString("url")).contains("/media/" + first + "/640w.webp",
				"/media/" + first + "/1280w.jpg");
	}

	@Test
	void aReplacedProductKeepsItsIdAndShowsOnlyTheNewDetails() {
		UUID id = shop.product("LAMP-1");

		Response replaced = shop.replace(id, """
				{"sku": "LAMP-1-BLUE", "title": "Blue lamp", "price": {"amount": 4500, "currency": "USD"},
				 "taxClass": "super-reduced", "attributes": {"watts": 40}}""");

		assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
		JsonNode read = shop.get(id).json();
		assertThat(read).isEqualTo(replaced.json());
		assertThat(read.get("id").asString()).isEqualTo(id.toString());
		assertThat(read.get("sku").asString()).isEqualTo("LAMP-1-BLUE");
		assertThat(read.get("description").asString()).as("left out, so empty").isEmpty();
		assertThat(read.get("price")).isEqualTo(JSON.readTree("{\"amount\": 4500, \"currency\": \"USD\"}"));
		assertThat(read.get("taxClass").asString()).isEqualTo("super-reduced");
		assertThat(read.get("attributes")).isEqualTo(JSON.readTree("{\"watts\": 40}"));
		assertThat(shop.list("?sku=LAMP-1").json().get("items")).as("the old SKU is free").isEmpty();
		assertThat(CatalogCalls.created(shop.create(ProductCalls.product("LAMP-1", "Other lamp", 100, "EUR"))))
			.isNotEqualTo(id);
	}

	@Test
	void replacingAProductThatDoesNotExistIs404() {
		Response missing = shop.replace(UUID.randomUUID(), ProductCalls.product("X-1", "X", 100, "EUR"));

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.problemType()).isEqualTo("not-found");
	}

	@Test
	void theListComesInPagesInCreationOrderUntilTheCursorRunsOut() {
		List<UUID> created = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			created.add(shop.product("PAGED-" + i));
		}

		List<String> seen = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		String query = "?limit=2";
		while (query != null) {
			Response page = shop.list(query);
			assertThat(page.status()).as(page.text()).isEqualTo(200);
			page.json().get("items").forEach(item -> seen.add(item.get("id").asString()));
			sizes.add(page.json().get("items").size());
			JsonNode next = page.json().get("nextCursor");
			query = next.isNull() ? null : "?limit=2&cursor=" + next.asString();
		}

		assertThat(seen).containsExactlyElementsOf(created.stream().map(UUID::toString).toList());
		assertThat(sizes).containsExactly(2, 2, 1);
	}

	@Test
	void aProductIsFoundBySku() {
		UUID id = shop.product("FIND-ME");
		shop.product("NOT-ME");

		JsonNode items = shop.list("?sku=FIND-ME").json().get("items");

		assertThat(items).hasSize(1);
		assertThat(items.get(0).get("id").asString()).isEqualTo(id.toString());
	}

	@Test
	void aBadCursorOrLimitIs400() {
		assertThat(shop.list("?cursor=not-a-cursor").problemType()).isEqualTo("invalid-parameter");
		assertThat(shop.list("?limit=0").problemType()).isEqualTo("invalid-parameter");
		assertThat(shop.list("?limit=201").json().get("detail").asString()).contains("between 1 and 200");
	}

	@Test
	void aRetriedCreateWithTheSameIdempotencyKeyMakesOneProduct() {
		String body = ProductCalls.product("ONCE-1", "Once", 100, "EUR");

		Response first = shop.create(body, "Idempotency-Key", "product-once-1");
		Response retry = shop.create(body, "Idempotency-Key", "product-once-1");

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
		assertThat(shop.list("").json().get("items")).hasSize(1);
	}

	@Test
	void anotherTenantNeitherSeesNorChangesTheProductAndMayUseTheSameSku() {
		UUID id = shop.product("SHARED-SKU");
		ProductCalls other = ProductCalls.newShop(plaza, "catalog:write");

		assertThat(other.get(id).status()).isEqualTo(404);
		assertThat(other.replace(id, ProductCalls.product("SHARED-SKU", "Mine now", 1, "EUR")).status()).isEqualTo(404);
		assertThat(other.list("").json().get("items")).isEmpty();
		assertThat(other.create(ProductCalls.product("SHARED-SKU", "Other shop's", 500, "EUR")).status()).isEqualTo(201);
		assertThat(shop.get(id).json().get("title").asString()).isEqualTo("T-shirt SHARED-SKU");
	}

	@Test
	void readingNeedsCatalogWriteOrTenantReadAndWritingNeedsCatalogWrite() {
		UUID id = shop.product();
		CatalogCalls readerOfAnotherShop = CatalogCalls.newTenant(plaza, "tenant:read");
		ProductCalls asReader = shop.asClientWith("tenant:read");

		assertThat(asReader.get(id).status()).isEqualTo(200);
		assertThat(asReader.list("").json().get("items")).hasSize(1);
		assertThat(asReader.create(ProductCalls.product("NOPE", "No", 1, "EUR")).status()).isEqualTo(403);
		assertThat(asReader.replace(id, ProductCalls.product("NOPE", "No", 1, "EUR")).status()).isEqualTo(403);
		assertThat(new ProductCalls(readerOfAnotherShop).get(id).status()).isEqualTo(404);
	}
}
