package dev.plaza.payments.persistence;

import dev.plaza.payments.PaymentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Webhook events already acted on, so that a duplicate delivery acts no more. */
@Repository
public class ProcessorEventRepository {

	private final JdbcClient jdbc;

	ProcessorEventRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the event; false if it was recorded before (and so already acted on). */
	public boolean firstDelivery(String eventId, String type, PaymentId payment) {
		return jdbc.sql("""
				INSERT INTO payments.processor_events (tenant_id, event_id, type, payment_id)
				VALUES (platform.current_tenant(), :event, :type, :payment)
				ON CONFLICT DO NOTHING""")
			.param("event", eventId)
			.param("type", type)
			.param("payment", payment.value())
			.update() == 1;
	}
}
