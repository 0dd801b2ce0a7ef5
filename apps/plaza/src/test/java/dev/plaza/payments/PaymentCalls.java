package dev.plaza.payments;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.TenantId;
import dev.plaza.sims.cardprocessor.CardProcessorSimulator;
import dev.plaza.sims.cardprocessor.WebhookSignature;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.RecordedEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payments API as a shop's checkout calls it, for one new tenant; and the card processor as
 * Plaza meets it: the bundled simulator, asked over HTTP what it charged, and webhooks signed as
 * the processor signs them.
 */
final class PaymentCalls {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String WEBHOOKS = "/api/v1/payments/webhooks/card-processor";

	final PlazaClient plaza;

	final CardProcessorSimulator processor;

	final String token;

	final TenantId tenant;

	PaymentCalls(PlazaClient plaza, CardProcessorSimulator processor, String token, TenantId tenant) {
		this.plaza = plaza;
		this.processor = processor;
		this.token = token;
		this.tenant = tenant;
	}

	static PaymentCalls newTenant(PlazaClient plaza, CardProcessorSimulator processor) {
		String admin = plaza.adminToken();
		String tenant = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		return new PaymentCalls(plaza, processor,
				plaza.tenantCaller(admin, tenant, "payments:read", "payments:write").token(), TenantId.of(tenant));
	}

	Response create(String reference, long amount, String currency, String... headers) {
		return plaza.postJson("/api/v1/payments", token,
				"{\"reference\": \"" + reference + "\", \"amount\": " + amount + ", \"currency\": \"" + currency + "\"}", headers);
	}

	/** A new payment of 12.50 EUR for a new order; answers its id. */
	UUID newPayment() {
		return id(create("order-" + UUID.randomUUID(), 1250, "EUR"));
	}

	Response confirm(UUID payment, String paymentMethod, String... headers) {
		return plaza.postJson("/api/v1/payments/" + payment + "/confirm", token,
				"{\"paymentMethod\": \"" + paymentMethod + "\"}", headers);
	}

	Response get(UUID payment) {
		return plaza.get("/api/v1/payments/" + payment, token);
	}

	String status(UUID payment) {
		Response read = get(payment);
		if (read.status() != 200) {
			throw new AssertionError("Reading payment " + payment + " answered " + read.status() + ": " + read.text());
		}
		return read.json().get("status").asString();
	}

	Response refund(UUID payment, String body) {
		return plaza.postJson("/api/v1/payments/" + payment + "/refunds", token, body);
	}

	/** A webhook as the processor delivers it, signed with the given secret at the given time. */
	Response webhook(String body, String secret, Instant signedAt) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri(WEBHOOKS))
			.header("Content-Type", "application/json")
			.header(WebhookSignature.HEADER,
					WebhookSignature.sign(secret, signedAt.getEpochSecond(), body.getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A webhook signed with the secret Plaza and the processor share, now. */
	Response signedWebhook(String body) {
		return webhook(body, processor.settings().webhookSecret(), Instant.now());
	}

	/** An event of the type about a charge of the payment, as the processor would send it. */
	static String event(String eventId, String type, String chargeStatus, TenantId tenant, UUID payment) {
		return """
				{"id": "%s", "object": "event", "type": "%s", "created": %d, "data": {"object": {
				  "id": "ch_test_%s", "object": "charge", "amount": 1250, "currency": "eur", "status": "%s",
				  "metadata": {"tenant_id": "%s", "payment_id": "%s"}}}}"""
			.formatted(eventId, type, Instant.now().getEpochSecond(), eventId, chargeStatus, tenant, payment);
	}

	/** Every charge the processor holds for the payment, asked over its own API as an operator would. */
	List<JsonNode> chargesAtProcessor(UUID payment) {
		Response list = plaza.send(HttpRequest.newBuilder(
				processor.baseUrl().resolve("/v1/charges?metadata%5Bpayment_id%5D=" + payment))
			.header("Authorization", "Bearer " + processor.settings().apiKey())
			.GET());
		if (list.status() != 200) {
			throw new AssertionError("The processor answered " + list.status() + ": " + list.text());
		}
		return list.json().get("data").valueStream().toList();
	}

	/** The payments module's events about this payment, in the order they were handled. */
	static List<Object> eventsAbout(RecordedEvents recorded, UUID payment) {
		PaymentId id = new PaymentId(payment);
		return recorded.paymentEvents().stream().filter(event -> switch (event) {
			case PaymentSucceeded succeeded -> succeeded.paymentId().equals(id);
			case PaymentFailed failed -> failed.paymentId().equals(id);
			case PaymentRefunded refunded -> refunded.paymentId().equals(id);
			default -> false;
		}).toList();
	}

	static UUID id(Response created) {
		if (created.status() != 201) {
			throw new AssertionError("Expected 201, got " + created.status() + ": " + created.text());
		}
		return UUID.fromString(created.json().get("id").asString());
	}
}
