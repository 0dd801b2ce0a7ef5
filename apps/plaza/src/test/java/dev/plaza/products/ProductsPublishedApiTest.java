package dev.plaza.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.plaza.media.ImageId;
import dev.plaza.media.Pictures;
import dev.plaza.platform.Money;
import dev.plaza.platform.TenantContext;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.RecordedEvents;
import dev.plaza.venues.CatalogCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What carts and stock get from the catalog: products through {@link Products}, and a
 * {@link ProductChanged} after each write.
 */
@PlazaTest
class ProductsPublishedApiTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	Products products;

	@Autowired
	RecordedEvents events;

	ProductCalls shop;

	@BeforeEach
	void aShop() {
		shop = ProductCalls.newShop(plaza, "catalog:write");
	}

	@Test
	void aProductIsFoundByIdAndBySkuWithItsPriceAsMoney() {
		String image = Pictures.upload(shop.catalog, "image/png", Pictures.png(30, 30)).json().get("id").asString();
		UUID id = CatalogCalls.created(shop.create("""
				{"sku": "BOOK-1", "title": "A book", "description": "Hardcover.", "price": {"amount": 2450, "currency": "EUR"},
				 "taxClass": "super-reduced", "attributes": {"pages": 320, "ratio": 0.1, "isbn": null}, "images": ["%s"]}"""
			.formatted(image)));

		Product product = TenantContext.callAs(shop.catalog.tenant, () -> products.find(new ProductId(id))).orElseThrow();
		Product bySku = TenantContext.callAs(shop.catalog.tenant, () -> products.findBySku("BOOK-1")).orElseThrow();

		assertThat(bySku).isEqualTo(product);
		assertThat(product.sku()).isEqualTo("BOOK-1");
		assertThat(product.title()).isEqualTo("A book");
		assertThat(product.price()).isEqualTo(Money.of(2450, "EUR"));
		assertThat(product.taxClass()).isEqualTo(TaxClass.SUPER_REDUCED);
		assertThat(product.attributes()).containsEntry("pages", 320).containsEntry("ratio", new BigDecimal("0.1"))
			.containsEntry("isbn", null);
		assertThat(product.images()).containsExactly(
				new Product.Image(new ImageId(UUID.fromString(image)), "/media/" + image + "/original.png"));
	}

	@Test
	void batchReadsAnswerOnlyTheTenantsOwnProducts() {
		UUID mine = shop.product("BATCH-1");
		UUID second = shop.product("BATCH-2");
		UUID others = ProductCalls.newShop(plaza, "catalog:write").product("BATCH-3");

		List<Product> byIds = TenantContext.callAs(shop.catalog.tenant,
				() -> products.findAll(List.of(new ProductId(mine), new ProductId(others), new ProductId(UUID.randomUUID()))));
		List<Product> bySkus = TenantContext.callAs(shop.catalog.tenant,
				() -> products.findAllBySku(List.of("BATCH-2", "BATCH-3", "batch-1")));

		assertThat(byIds).extracting(Product::id).containsExactly(new ProductId(mine));
		assertThat(bySkus).extracting(Product::id).as("SKUs are case-sensitive").containsExactly(new ProductId(second));
		assertThat(TenantContext.callAs(shop.catalog.tenant, () -> products.find(new ProductId(others)))).isEmpty();
	}

	@Test
	void creatingAndReplacingEachPublishProductChanged() {
		UUID id = shop.product("EVT-1");
		shop.replace(id, ProductCalls.product("EVT-1", "Renamed", 100, "EUR"));
		shop.create(ProductCalls.product("EVT-1", "Refused: taken SKU", 100, "EUR"));

		ProductChanged expected = new ProductChanged(shop.catalog.tenant, new ProductId(id));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(events.catalogEvents()).filteredOn(expected::equals).hasSize(2));
		assertThat(events.catalogEvents()).filteredOn(ProductChanged.class::isInstance)
			.filteredOn(event -> ((ProductChanged) event).tenant().equals(shop.catalog.tenant))
			.hasSize(2);
	}
}
