package dev.plaza.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import dev.plaza.inventory.StockLevels.StockLevel;
import dev.plaza.inventory.application.StockKeeping;
import dev.plaza.inventory.domain.AdjustmentReason;
import dev.plaza.inventory.persistence.LocationRepository;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Money;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.products.ProductId;
import dev.plaza.products.TaxClass;
import dev.plaza.products.application.ProductCatalog;
import dev.plaza.products.application.ProductDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * A shop's stock on its own, as carts and orders use it: {@link StockReservations} and
 * {@link StockLevels} on a real PostgreSQL, with the product catalog they read products from (and
 * the media the catalog links images with). Module tests share one test instance, so each test
 * opens a shop of its own.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class InventoryModuleTest {

	private static final LocationCode MADRID = new LocationCode("madrid-1");

	@Autowired
	StockReservations reservations;

	@Autowired
	StockLevels levels;

	@Autowired
	StockKeeping keeping;

	@Autowired
	LocationRepository locations;

	@Autowired
	ProductCatalog catalog;

	@Test
	void aReservationKeepsItsUnitsAndIsAnnounced(Scenario scenario) {
		Shop shop = new Shop(5);

		scenario.stimulate(tx -> shop.as(() -> reservations.reserve("cart-1", List.of(StockLine.of(shop.product, 3)))))
			.andWaitForEventOfType(StockReserved.class)
			.matching(event -> event.tenant().equals(shop.tenant))
			.toArriveAndVerify((event, reservation) -> {
				assertThat(event.reservation()).isEqualTo(reservation.id());
				assertThat(event.customer()).isEqualTo("cart-1");
				assertThat(event.lines()).containsExactly(new StockReservation.Line(shop.product, shop.sku, MADRID, 3));
			});

		StockLevel level = shop.level();
		assertThat(level.onHand()).isEqualTo(5);
		assertThat(level.reserved()).isEqualTo(3);
		assertThat(level.available()).isEqualTo(2);
	}

	@Test
	void unitsAreNeverPromisedTwice() {
		Shop shop = new Shop(5);
		shop.as(() -> reservations.reserve("cart-1", List.of(StockLine.of(shop.product, 3))));

		assertThatThrownBy(() -> shop.as(() -> reservations.reserve("cart-2", List.of(StockLine.ofSku(shop.sku, 3)))))
			.isInstanceOfSatisfying(InsufficientStock.class, refusal -> {
				assertThat(refusal.type()).isEqualTo(StockProblems.INSUFFICIENT_STOCK);
				assertThat(refusal.shortages())
					.containsExactly(new InsufficientStock.Shortage(0, shop.product, shop.sku, null, 3, 2));
			});

		assertThat(shop.level().reserved()).as("the refused cart kept nothing").isEqualTo(3);
	}

	@Test
	void committingTakesTheUnitsOffTheShelfOnceHoweverOftenItIsCalled(Scenario scenario) {
		Shop shop = new Shop(5);
		StockReservation reservation = shop.as(() -> reservations.reserve("cart-1", List.of(StockLine.of(shop.product, 2))));

		scenario.stimulate(tx -> shop.as(() -> {
			reservations.commit(reservation.id());
			return reservations.commit(reservation.id());
		}))
			.andWaitForStateChange(shop::level, level -> level.onHand() == 3 && level.reserved() == 0)
			.andVerifyEvents(events -> assertThat(events.ofType(StockCommitted.class)
				.matching(event -> event.reservation().equals(reservation.id())))
				.singleElement()
				.satisfies(committed -> assertThat(committed.lines())
					.containsExactly(new StockReservation.Line(shop.product, shop.sku, MADRID, 2))));

		assertThat(shop.as(() -> reservations.find(reservation.id())).orElseThrow().status())
			.isEqualTo(StockReservationStatus.COMMITTED);
	}

	@Test
	void releasedUnitsAreFreeAtOnceButSoldOnesCannotBeReleased() {
		Shop shop = new Shop(5);
		StockReservation released = shop.as(() -> reservations.reserve("cart-1", List.of(StockLine.of(shop.product, 4))));
		StockReservation sold = shop.as(() -> {
			reservations.release(released.id());
			StockReservation reserved = reservations.reserve("cart-2", List.of(StockLine.of(shop.product, 4)));
			return reservations.commit(reserved.id());
		});

		assertThatThrownBy(() -> shop.as(() -> reservations.commit(released.id()))).isInstanceOfSatisfying(Problem.class,
				refusal -> assertThat(refusal.type()).isEqualTo(StockProblems.RESERVATION_RELEASED));
		assertThatThrownBy(() -> shop.as(() -> reservations.release(sold.id()))).isInstanceOfSatisfying(Problem.class,
				refusal -> assertThat(refusal.type()).isEqualTo(StockProblems.RESERVATION_COMMITTED));
		assertThat(shop.level().onHand()).isEqualTo(1);
	}

	@Test
	void anotherShopSeesNeitherTheStockNorTheReservations() {
		Shop shop = new Shop(5);
		StockReservation reservation = shop.as(() -> reservations.reserve("cart-1", List.of(StockLine.of(shop.product, 1))));

		TenantContext.runAs(TenantId.of(UUID.randomUUID().toString()), () -> {
			assertThat(levels.of(shop.product)).isEmpty();
			assertThat(reservations.find(reservation.id())).isEmpty();
		});
	}

	/** A tenant selling one product, with {@code units} of it on hand at one location. */
	private final class Shop {

		final TenantId tenant = TenantId.of(UUID.randomUUID().toString());

		final ProductId product = new ProductId(Ids.newId());

		final String sku = "MUG-" + product.value().toString().substring(0, 8);

		Shop(long units) {
			TenantContext.runAs(tenant, () -> {
				catalog.add(new ProductDetails(sku, "Plaza mug", "White, 330 ml", Money.of(1290, "EUR"), TaxClass.STANDARD,
						"{}", List.of()), product.value());
				locations.put(MADRID.value(), "Madrid store");
				keeping.adjust(product, null, MADRID, units, AdjustmentReason.RECEIVED, "first delivery", "staff");
			});
		}

		<T> T as(Supplier<T> work) {
			return TenantContext.callAs(tenant, work);
		}

		StockLevel level() {
			return as(() -> levels.of(product)).orElseThrow();
		}
	}
}
