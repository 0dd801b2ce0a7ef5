package dev.plaza.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.plaza.inventory.StockCommitted;
import dev.plaza.inventory.StockReleased;
import dev.plaza.inventory.StockReservationId;
import dev.plaza.inventory.StockReserved;
import dev.plaza.ledger.TransferId;
import dev.plaza.ledger.TransfersPosted;
import dev.plaza.orders.OrderCancelled;
import dev.plaza.orders.OrderConfirmed;
import dev.plaza.orders.OrderExpired;
import dev.plaza.orders.OrderId;
import dev.plaza.orders.OrderPaid;
import dev.plaza.orders.OrderRefunded;
import dev.plaza.payments.PaymentFailed;
import dev.plaza.payments.PaymentId;
import dev.plaza.payments.PaymentReference;
import dev.plaza.payments.PaymentRefunded;
import dev.plaza.payments.PaymentSucceeded;
import dev.plaza.payments.RefundId;
import dev.plaza.platform.Money;
import dev.plaza.platform.TenantId;
import dev.plaza.products.ProductChanged;
import dev.plaza.products.ProductId;
import dev.plaza.reservations.HoldId;
import dev.plaza.reservations.SeatsHeld;
import dev.plaza.reservations.SeatsReleased;
import dev.plaza.reservations.SeatsSold;
import dev.plaza.venues.CinemaChanged;
import dev.plaza.venues.CinemaId;
import dev.plaza.venues.MovieChanged;
import dev.plaza.venues.MovieId;
import dev.plaza.venues.RoomChanged;
import dev.plaza.venues.RoomId;
import dev.plaza.venues.ShowtimeCancelled;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimesScheduled;
import org.junit.jupiter.api.Test;

/**
 * Every event a module publishes has its own topic and is keyed by its tenant and aggregate, so a
 * consumer reads one aggregate's events in the order they happened. The list in the README.
 */
class ModuleEventTopicsTest {

	static final TenantId TENANT = new TenantId(UUID.randomUUID());

	static final UUID AGGREGATE = UUID.randomUUID();

	static final Money TEN_EUROS = Money.of(1000, "EUR");

	static final Instant NOW = Instant.now();

	@Test
	void eachPublishedEventGoesToTheTopicOfItsModuleAndNameKeyedByTenantAndAggregate() {
		ShowtimeId showtime = new ShowtimeId(AGGREGATE);
		HoldId hold = new HoldId(AGGREGATE);
		StockReservationId reservation = new StockReservationId(AGGREGATE);
		OrderId order = new OrderId(AGGREGATE);
		PaymentId payment = new PaymentId(AGGREGATE);
		PaymentReference reference = new PaymentReference("order-1");
		List<Object> events = List.of(new CinemaChanged(TENANT, new CinemaId(AGGREGATE)),
				new MovieChanged(TENANT, new MovieId(AGGREGATE)), new ProductChanged(TENANT, new ProductId(AGGREGATE)),
				new RoomChanged(TENANT, new RoomId(AGGREGATE)), new ShowtimeCancelled(TENANT, showtime),
				new ShowtimesScheduled(TENANT, List.of(showtime, new ShowtimeId(UUID.randomUUID()))),
				new TransfersPosted(TENANT, List.of(new TransferId(AGGREGATE), new TransferId(UUID.randomUUID())), NOW),
				new SeatsHeld(TENANT, hold, showtime, List.of("A1"), "customer", NOW),
				new SeatsReleased(TENANT, hold, showtime, List.of("A1")), new SeatsSold(TENANT, hold, showtime, List.of("A1")),
				new StockReserved(TENANT, reservation, "cart-1", List.of(), NOW),
				new StockReleased(TENANT, reservation, List.of()), new StockCommitted(TENANT, reservation, List.of()),
				new PaymentSucceeded(TENANT, payment, reference, TEN_EUROS, NOW),
				new PaymentFailed(TENANT, payment, reference, TEN_EUROS, "generic_decline"),
				new PaymentRefunded(TENANT, payment, new RefundId(UUID.randomUUID()), reference, TEN_EUROS, TEN_EUROS),
				new OrderPaid(TENANT, order, TEN_EUROS), new OrderConfirmed(TENANT, order, "customer", List.of("T1")),
				new OrderCancelled(TENANT, order, "payment failed"), new OrderExpired(TENANT, order),
				new OrderRefunded(TENANT, order, TEN_EUROS, TEN_EUROS));

		assertThat(events).allSatisfy(event -> {
			assertThat(ModuleEvents.isModuleEvent(event)).as(event.getClass().getName()).isTrue();
			assertThat(ModuleEvents.key(event)).as(event.getClass().getName()).isEqualTo(TENANT + ":" + AGGREGATE);
		});
		Map<String, String> topics = events.stream()
			.map(Object::getClass)
			.collect(Collectors.toMap(Class::getSimpleName, ModuleEvents::topic));
		assertThat(topics).containsAllEntriesOf(Stream.of("CinemaChanged", "MovieChanged", "ProductChanged", "RoomChanged",
				"ShowtimeCancelled", "ShowtimesScheduled")
			.collect(Collectors.toMap(Function.identity(), name -> "plaza.catalog." + name)));
		assertThat(topics).containsEntry("TransfersPosted", "plaza.ledger.TransfersPosted")
			.containsEntry("SeatsHeld", "plaza.reservations.SeatsHeld")
			// Stock's events kept the topics they had before inventory was a module of its own.
			.containsEntry("StockReserved", "plaza.reservations.StockReserved")
			.containsEntry("StockReleased", "plaza.reservations.StockReleased")
			.containsEntry("StockCommitted", "plaza.reservations.StockCommitted")
			.containsEntry("PaymentRefunded", "plaza.payments.PaymentRefunded")
			.containsEntry("OrderConfirmed", "plaza.orders.OrderConfirmed")
			.hasSize(21);
	}

	/** Services of the release before the catalog's split read these names from the records' type header. */
	@Test
	void eventsThatMovedWithTheCatalogSplitKeepTheNameTheyWerePublishedUnder() {
		assertThat(ModuleEvents.name(ShowtimeCancelled.class)).isEqualTo("dev.plaza.catalog.ShowtimeCancelled");
		assertThat(ModuleEvents.name(ProductChanged.class)).isEqualTo("dev.plaza.catalog.ProductChanged");
		assertThat(ModuleEvents.className("dev.plaza.catalog.ShowtimeCancelled")).isEqualTo(ShowtimeCancelled.class.getName());
		assertThat(ModuleEvents.name(TransfersPosted.class)).isEqualTo(TransfersPosted.class.getName());
	}

	@Test
	void valuesAndTheModulesOwnEventsStayInProcess() throws ClassNotFoundException {
		assertThat(ModuleEvents.isModuleEvent(TEN_EUROS)).as("a value, not an event").isFalse();
		assertThat(ModuleEvents.isModuleEventType(Class.forName("dev.plaza.media.application.ImageUploaded")))
			.as("the media module's own event, in a sub-package").isFalse();
	}
}
