package dev.plaza.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.Money;
import dev.plaza.platform.TenantId;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/** Payment events wait in the outbox as JSON until every listener completes; each must come back equal. */
@PlazaTest
class PaymentEventSerializationTest {

	@Autowired
	EventSerializer serializer;

	@Test
	void paymentEventsComeBackFromTheOutboxEqual() {
		TenantId tenant = TenantId.of(UUID.randomUUID().toString());
		PaymentId payment = new PaymentId(UUID.randomUUID());
		PaymentReference reference = new PaymentReference("order-1");
		List<Object> events = List.of(
				new PaymentSucceeded(tenant, payment, reference, Money.of(1250, "EUR"), Instant.parse("2026-11-23T10:15:30Z")),
				new PaymentFailed(tenant, payment, reference, Money.of(1250, "EUR"), "generic_decline"),
				new PaymentRefunded(tenant, payment, new RefundId(UUID.randomUUID()), reference, Money.of(500, "JPY"),
						Money.of(700, "JPY")));

		for (Object event : events) {
			Object stored = serializer.serialize(event);
			assertThat(serializer.deserialize(stored, event.getClass())).as(stored.toString()).isEqualTo(event);
		}
	}
}
