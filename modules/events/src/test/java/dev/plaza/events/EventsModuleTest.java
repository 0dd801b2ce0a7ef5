package dev.plaza.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import dev.plaza.events.application.EventInbox;
import dev.plaza.events.persistence.EventInboxRepository;
import dev.plaza.platform.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The events module on its own, without a broker (as the standalone app runs): module events stay
 * in-process, and the inbox hands an event received from Kafka to this process's listeners once per
 * consumer group however often it is delivered. The inbox is fed as its Kafka listener feeds it; the
 * records themselves, on a real broker, are the apps' {@code KafkaEventsTest}. A listener of the test
 * stands in for the modules that follow events. Module tests share one test instance, so each test
 * sends events of a tenant of its own.
 */
@ApplicationModuleTest
class EventsModuleTest {

	@Autowired
	Deliveries deliveries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionOperations transactions;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	ApplicationContext context;

	@Test
	void withoutABrokerModuleEventsReachTheirListenersInProcess(Scenario scenario) {
		ParcelShipped shipped = new ParcelShipped(newTenant(), UUID.randomUUID());

		scenario.publish(shipped)
			.andWaitForStateChange(() -> deliveries.of(shipped.tenant()), delivered -> !delivered.isEmpty())
			.andVerify(delivered -> assertThat(delivered).containsExactly(shipped));
		assertThat(context.getBeanProvider(KafkaTemplate.class).getIfAvailable()).as("nothing is sent to Kafka").isNull();
	}

	@Test
	void anEventDeliveredAgainReachesTheListenersOnce(Scenario scenario) {
		ParcelShipped shipped = new ParcelShipped(newTenant(), UUID.randomUUID());
		UUID eventId = UUID.randomUUID();
		EventInbox inbox = inboxOf("orders-service");

		scenario.stimulate(tx -> List.of(inbox.receive(eventId, shipped), inbox.receive(eventId, shipped)))
			.andWaitForStateChange(() -> deliveries.of(shipped.tenant()), delivered -> !delivered.isEmpty())
			.andVerify((delivered, received) -> {
				assertThat(received).as("handed on the first time, dropped the second").containsExactly(true, false);
				assertThat(delivered).containsExactly(shipped);
			});
	}

	@Test
	void eachConsumerGroupReceivesTheEventOnce(Scenario scenario) {
		ParcelShipped shipped = new ParcelShipped(newTenant(), UUID.randomUUID());
		UUID eventId = UUID.randomUUID();
		EventInbox orders = inboxOf("orders-service");
		EventInbox notifications = inboxOf("notifications-service");

		scenario.stimulate(tx -> List.of(orders.receive(eventId, shipped), notifications.receive(eventId, shipped),
				orders.receive(eventId, shipped), notifications.receive(eventId, shipped)))
			.andWaitForStateChange(() -> deliveries.of(shipped.tenant()), delivered -> delivered.size() == 2)
			.andVerify((delivered, received) -> assertThat(received).containsExactly(true, true, false, false));
	}

	@Test
	void anEventKeepsTheTopicAndNameItWasPublishedUnderWhenItMoves() {
		ParcelShipped shipped = new ParcelShipped(newTenant(), UUID.randomUUID());

		assertThat(ModuleEvents.isModuleEvent(shipped)).isTrue();
		assertThat(ModuleEvents.topic(ParcelShipped.class)).isEqualTo("plaza.events.ParcelShipped");
		assertThat(ModuleEvents.key(shipped)).isEqualTo(shipped.tenant() + ":" + shipped.parcel());
		// Stock events moved from reservations into inventory; their consumers still read them by the old name.
		assertThat(ModuleEvents.className("dev.plaza.reservations.StockReserved")).isEqualTo("dev.plaza.inventory.StockReserved");
	}

	/** The inbox of one consumer group, as the Kafka inbox configuration makes it. */
	private EventInbox inboxOf(String group) {
		return new EventInbox(new EventInboxRepository(jdbc, group), transactions, publisher);
	}

	private static TenantId newTenant() {
		return TenantId.of(UUID.randomUUID().toString());
	}

	/** What the listeners of this process received, as a module following {@link ParcelShipped} would. */
	static class Deliveries {

		private final Queue<ParcelShipped> received = new ConcurrentLinkedQueue<>();

		@ApplicationModuleListener
		void on(ParcelShipped event) {
			received.add(event);
		}

		List<ParcelShipped> of(TenantId tenant) {
			return received.stream().filter(event -> event.tenant().equals(tenant)).toList();
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Listeners {

		@Bean
		Deliveries deliveries() {
			return new Deliveries();
		}
	}
}
