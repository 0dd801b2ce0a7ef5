package dev.plaza.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import dev.plaza.platform.Money;
import dev.plaza.platform.TenantId;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/** Order events wait in the outbox as JSON and must come back equal after a restart. */
@PlazaTest
class OrderEventSerializationTest {

	@Autowired
	EventSerializer serializer;

	@Test
	void orderEventsComeBackFromTheOutboxEqual() {
		TenantId tenant = TenantId.of(UUID.randomUUID().toString());
		OrderId order = new OrderId(UUID.randomUUID());
		List<Object> events = List.of(new OrderPaid(tenant, order, Money.of(1900, "EUR")),
				new OrderConfirmed(tenant, order, "customer-ana", List.of("ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
				new OrderCancelled(tenant, order, "Cancelled on request"), new OrderExpired(tenant, order),
				new OrderRefunded(tenant, order, Money.of(600, "EUR"), Money.of(1900, "EUR")));

		for (Object event : events) {
			Object stored = serializer.serialize(event);
			assertThat(serializer.deserialize(stored, event.getClass())).as(stored.toString()).isEqualTo(event);
		}
	}
}
