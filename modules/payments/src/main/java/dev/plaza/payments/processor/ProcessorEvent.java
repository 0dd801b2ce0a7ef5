package dev.plaza.payments.processor;

import java.util.Optional;
import java.util.UUID;

import dev.plaza.payments.PaymentId;
import dev.plaza.payments.domain.ChargeOutcome;
import dev.plaza.platform.TenantId;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook's event: {@code {"id": "evt_…", "type": "charge.succeeded", "data": {"object": <charge>}}}.
 * The charge's metadata names the tenant and payment Plaza sent it for.
 *
 * @param outcome what the event says of the charge; empty for event types Plaza does not act on
 * @param tenant from the charge's metadata; empty if absent or not a tenant id
 * @param payment from the charge's metadata; empty if absent or not a payment id
 */
public record ProcessorEvent(String id, String type, Optional<ChargeOutcome> outcome, Optional<TenantId> tenant,
		Optional<PaymentId> payment) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Reads a webhook body; throws {@link IllegalArgumentException} saying what is wrong with it. */
	public static ProcessorEvent read(byte[] body) {
		JsonNode event;
		try {
			event = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The webhook body is not JSON: " + ex.getOriginalMessage());
		}
		String id = HttpCardProcessor.text(event, "id");
		String type = HttpCardProcessor.text(event, "type");
		JsonNode charge = event.path("data").path("object");
		if (id == null || type == null || !charge.isObject()) {
			throw new IllegalArgumentException("A webhook event has an 'id', a 'type' and the charge as 'data.object'.");
		}
		Optional<ChargeOutcome> outcome = switch (type) {
			case "charge.succeeded", "charge.failed", "charge.pending" -> Optional.of(HttpCardProcessor.outcomeOf(charge));
			default -> Optional.empty();
		};
		JsonNode metadata = charge.path("metadata");
		return new ProcessorEvent(id, type, outcome, uuid(metadata, "tenant_id").map(TenantId::new),
				uuid(metadata, "payment_id").map(PaymentId::new));
	}

	private static Optional<UUID> uuid(JsonNode metadata, String field) {
		try {
			return Optional.ofNullable(HttpCardProcessor.text(metadata, field)).map(UUID::fromString);
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}
}
