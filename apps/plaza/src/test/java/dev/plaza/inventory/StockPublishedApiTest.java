package dev.plaza.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import dev.plaza.inventory.InsufficientStock.Shortage;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.products.ProductId;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.RecordedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What carts and orders are built on: {@link StockReservations} and {@link StockLevels} called in
 * the tenant's context, and the events that follow each reservation through the outbox.
 */
@PlazaTest
class StockPublishedApiTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	StockReservations reservations;

	@Autowired
	StockLevels levels;

	@Autowired
	RecordedEvents recorded;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EventSerializer serializer;

	StockCalls stock;

	ProductId tshirt;

	ProductId mug;

	@BeforeEach
	void aShopWithStock() {
		stock = StockCalls.newShop(plaza);
		stock.location("madrid");
		tshirt = new ProductId(stock.products.product("TSHIRT-M"));
		mug = new ProductId(stock.products.product("MUG-1"));
		stock.receive(tshirt.value(), "madrid", 4);
		stock.receive(mug.value(), "madrid", 1);
	}

	@Test
	void anOrderReservesThenCommitsOnceAndStockFollows() {
		StockReservation reserved = asShop(() -> reservations.reserve("cart-7",
				List.of(StockLine.of(tshirt, 3), StockLine.ofSku("MUG-1", 1).at(new LocationCode("madrid"))),
				Duration.ofMinutes(5)));

		assertThat(reserved.status()).isEqualTo(StockReservationStatus.ACTIVE);
		assertThat(reserved.expiresAt()).isBetween(Instant.now().plus(Duration.ofMinutes(4)),
				Instant.now().plus(Duration.ofMinutes(5)));
		assertThat(reserved.lines()).containsExactly(
				new StockReservation.Line(tshirt, "TSHIRT-M", new LocationCode("madrid"), 3),
				new StockReservation.Line(mug, "MUG-1", new LocationCode("madrid"), 1));
		assertThat(asShop(() -> levels.of(tshirt)).orElseThrow().available()).isEqualTo(1);

		StockReservation committed = asShop(() -> reservations.commit(reserved.id()));
		StockReservation again = asShop(() -> reservations.commit(reserved.id()));

		assertThat(committed.status()).isEqualTo(StockReservationStatus.COMMITTED);
		assertThat(again).isEqualTo(committed);
		StockLevels.StockLevel level = asShop(() -> levels.of(tshirt)).orElseThrow();
		assertThat(level.onHand()).isEqualTo(1);
		assertThat(level.reserved()).isZero();
		assertThat(level.locations()).containsExactly(new StockLevels.AtLocation(new LocationCode("madrid"), 1, 0, 1));
		assertThat(asShop(() -> reservations.find(reserved.id())).orElseThrow().status())
			.isEqualTo(StockReservationStatus.COMMITTED);
	}

	@Test
	void aShortReservationIsRefusedWithEachShortLineAndTheCallersTransactionCarriesOn() {
		StockReservation kept = asShop(() -> transactions.execute(status -> {
			try {
				reservations.reserve("cart-8", List.of(StockLine.of(tshirt, 2), StockLine.of(mug, 2)));
				throw new AssertionError("two mugs were reserved with one on hand");
			}
			catch (InsufficientStock refused) {
				assertThat(refused.shortages())
					.containsExactly(new Shortage(1, mug, "MUG-1", null, 2, 1));
				assertThat(refused.type()).isEqualTo(StockProblems.INSUFFICIENT_STOCK);
			}
			return reservations.reserve("cart-8", List.of(StockLine.of(tshirt, 2), StockLine.of(mug, 1)));
		}));

		assertThat(kept.status()).isEqualTo(StockReservationStatus.ACTIVE);
		assertThat(stock.totals(tshirt.value())).containsExactly(4, 2, 2);
		assertThat(stock.totals(mug.value())).containsExactly(1, 1, 0);
	}

	@Test
	void releasingAndCommittingRefuseWhatCannotBeUndone() {
		StockReservation released = asShop(() -> reservations.reserve("cart-9", List.of(StockLine.of(tshirt, 1))));
		StockReservation sold = asShop(() -> reservations.reserve("cart-9", List.of(StockLine.of(tshirt, 1))));
		asShop(() -> reservations.release(released.id()));
		asShop(() -> reservations.commit(sold.id()));

		assertThatThrownBy(() -> asShop(() -> reservations.commit(released.id()))).isInstanceOfSatisfying(Problem.class,
				problem -> assertThat(problem.type()).isEqualTo(StockProblems.RESERVATION_RELEASED));
		assertThatThrownBy(() -> asShop(() -> reservations.release(sold.id()))).isInstanceOfSatisfying(Problem.class,
				problem -> assertThat(problem.type()).isEqualTo(StockProblems.RESERVATION_COMMITTED));
		assertThat(asShop(() -> reservations.release(released.id())).status()).isEqualTo(StockReservationStatus.RELEASED);
	}

	@Test
	void anUnknownLocationIsRefusedInTheShopsWordsWithoutAnApiCallToMake() {
		List<StockLine> lisbon = List.of(StockLine.of(tshirt, 1).at(new LocationCode("lisbon")));

		assertThatThrownBy(() -> asShop(() -> reservations.reserve("cart-12", lisbon))).isInstanceOfSatisfying(Problem.class,
				problem -> {
					assertThat(problem.type().slug()).isEqualTo("unknown-reference");
					assertThat(problem.getMessage()).as("the back office and importers show this too")
						.isEqualTo("Fix these fields and retry: lines[0].location names no stock location of this shop ('lisbon').");
				});
	}

	@Test
	void reservingReleasingAndCommittingArePublishedWithTheTenantAndLines() {
		StockReservation first = asShop(() -> reservations.reserve("cart-10", List.of(StockLine.of(tshirt, 2))));
		StockReservation second = asShop(() -> reservations.reserve("cart-11", List.of(StockLine.of(mug, 1))));
		asShop(() -> reservations.release(first.id()));
		asShop(() -> reservations.commit(second.id()));
		asShop(() -> reservations.commit(second.id()));
		List<StockReservation.Line> firstLines = List.of(new StockReservation.Line(tshirt, "TSHIRT-M", new LocationCode("madrid"), 2));
		List<StockReservation.Line> secondLines = List.of(new StockReservation.Line(mug, "MUG-1", new LocationCode("madrid"), 1));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOf(stock.tenant())).containsExactlyInAnyOrder(
				new StockReserved(stock.tenant(), first.id(), "cart-10", firstLines, first.expiresAt()),
				new StockReserved(stock.tenant(), second.id(), "cart-11", secondLines, second.expiresAt()),
				new StockReleased(stock.tenant(), first.id(), firstLines),
				new StockCommitted(stock.tenant(), second.id(), secondLines)));
	}

	@Test
	void theEventsComeBackFromTheOutboxEqual() {
		TenantId tenant = stock.tenant();
		List<StockReservation.Line> lines = List.of(new StockReservation.Line(tshirt, "TSHIRT-M", new LocationCode("madrid"), 2));
		StockReservationId id = new StockReservationId(UUID.randomUUID());

		for (Object event : List.of(new StockReserved(tenant, id, "cart-1", lines, Instant.parse("2030-01-01T10:15:30.123456Z")),
				new StockReleased(tenant, id, lines), new StockCommitted(tenant, id, lines))) {
			Object stored = serializer.serialize(event);
			assertThat(serializer.deserialize(stored, event.getClass())).as(stored.toString()).isEqualTo(event);
		}
	}

	@Test
	void anotherTenantsProductsAndReservationsAreNotThere() {
		StockReservation mine = asShop(() -> reservations.reserve("cart-12", List.of(StockLine.of(tshirt, 1))));
		TenantId other = StockCalls.newShop(plaza).tenant();

		assertThat(TenantContext.callAs(other, () -> reservations.find(mine.id()))).isEmpty();
		assertThat(TenantContext.callAs(other, () -> levels.of(tshirt))).isEmpty();
		assertThatThrownBy(() -> TenantContext.callAs(other, () -> reservations.reserve("cart-x", List.of(StockLine.of(tshirt, 1)))))
			.isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.type().slug()).isEqualTo("unknown-reference"));
		assertThatThrownBy(() -> TenantContext.callAs(other, () -> reservations.commit(mine.id())))
			.isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.type().slug()).isEqualTo("not-found"));
		assertThat(stock.totals(tshirt.value())).containsExactly(4, 1, 3);
	}

	private List<Object> eventsOf(TenantId tenant) {
		return recorded.reservationEvents().stream().filter(event -> switch (event) {
			case StockReserved e -> e.tenant().equals(tenant);
			case StockReleased e -> e.tenant().equals(tenant);
			case StockCommitted e -> e.tenant().equals(tenant);
			default -> false;
		}).toList();
	}

	private <T> T asShop(Supplier<T> work) {
		return TenantContext.callAs(stock.tenant(), work);
	}
}
