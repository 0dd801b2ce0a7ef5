package dev.plaza.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.platform.Ids;
import dev.plaza.platform.Money;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.products.application.ProductCatalog;
import dev.plaza.products.application.ProductDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Products as stock, carts and search use them: added and replaced by the shop's staff, announced
 * with {@link ProductChanged}, read through {@link Products} for the tenant bound to the call. Media
 * runs beside it (pictures are checked against the tenant's images). Module tests share one test
 * instance, so each test opens a tenant of its own.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class ProductsModuleTest {

	private static final Currency EUR = Currency.getInstance("EUR");

	@Autowired
	Products products;

	@Autowired
	ProductCatalog catalog;

	@Test
	void aNewProductIsAnnouncedAndReadByItsSkuAsStored(Scenario scenario) {
		TenantId tenant = newTenant();
		UUID id = Ids.newId();

		TenantContext.runAs(tenant, () -> {
			scenario.stimulate(() -> catalog.add(tshirt("TSHIRT-RED-M", 1990), id))
				.andWaitForEventOfType(ProductChanged.class)
				.matching(event -> event.tenant().equals(tenant))
				.toArriveAndVerify(event -> assertThat(event).isEqualTo(new ProductChanged(tenant, new ProductId(id))));

			assertThat(products.findBySku("TSHIRT-RED-M")).hasValueSatisfying(product -> {
				assertThat(product.id()).isEqualTo(new ProductId(id));
				assertThat(product.price()).isEqualTo(new Money(1990, EUR));
				assertThat(product.taxClass()).isEqualTo(TaxClass.STANDARD);
				// Decimals reach other modules exactly as stored, not as the nearest double.
				assertThat(product.attributes()).isEqualTo(Map.of("colour", "red", "weightKg", new BigDecimal("0.1")));
			});
			assertThat(products.findBySku("tshirt-red-m")).as("SKUs are case-sensitive").isEmpty();
		});
	}

	@Test
	void aSkuNamesOneProductOfTheShop() {
		TenantContext.runAs(newTenant(), () -> {
			catalog.add(tshirt("MUG-1", 900), Ids.newId());

			assertThatThrownBy(() -> catalog.add(tshirt("MUG-1", 1200), Ids.newId()))
				.isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.type().slug()).isEqualTo("catalog-key-taken"))
				.hasMessageContaining("'MUG-1'");
			assertThat(products.findAllBySku(List.of("MUG-1"))).extracting(Product::price).containsExactly(new Money(900, EUR));
		});
	}

	@Test
	void aProductShowingAPictureTheTenantNeverUploadedIsRefused() {
		TenantContext.runAs(newTenant(), () -> {
			UUID picture = UUID.randomUUID();
			ProductDetails details = new ProductDetails("CAP-1", "Cap", "", new Money(1500, EUR), TaxClass.STANDARD, "{}",
					List.of(picture));

			assertThatThrownBy(() -> catalog.add(details, Ids.newId()))
				.isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.type().slug()).isEqualTo("unknown-reference"))
				.hasMessage("Fix these fields and retry: images[0] names an image this catalog does not have (" + picture + ").");
			assertThat(products.findBySku("CAP-1")).isEmpty();
		});
	}

	@Test
	void aReplacedProductIsAnnouncedAndNoOtherTenantEverSeesIt(Scenario scenario) {
		TenantId tenant = newTenant();
		ProductId id = new ProductId(Ids.newId());
		TenantContext.runAs(tenant, () -> {
			catalog.add(tshirt("TSHIRT-BLUE-L", 1990), id.value());

			scenario.stimulate(() -> catalog.replace(id, tshirt("TSHIRT-BLUE-L", 1490)))
				.andWaitForStateChange(() -> TenantContext.callAs(tenant, () -> products.find(id).map(Product::price)),
						price -> price.equals(Optional.of(new Money(1490, EUR))))
				// The scenario sees the whole test's events: one announced the new product, one its replacement.
				.andVerifyEvents(events -> assertThat(events.ofType(ProductChanged.class).matching(event -> event.tenant().equals(tenant)))
					.containsExactly(new ProductChanged(tenant, id), new ProductChanged(tenant, id)));
		});

		TenantContext.runAs(newTenant(), () -> {
			assertThat(products.find(id)).isEmpty();
			assertThatThrownBy(() -> catalog.replace(id, tshirt("TSHIRT-BLUE-L", 1))).isInstanceOfSatisfying(Problem.class,
					problem -> assertThat(problem.type().slug()).isEqualTo("not-found"));
		});
	}

	private static TenantId newTenant() {
		return TenantId.of(UUID.randomUUID().toString());
	}

	private static ProductDetails tshirt(String sku, long price) {
		return new ProductDetails(sku, "T-shirt", "Organic cotton.", new Money(price, EUR), TaxClass.STANDARD,
				"{\"colour\": \"red\", \"weightKg\": 0.1}", List.of());
	}
}
