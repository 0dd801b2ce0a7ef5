package dev.plaza.payments.processor;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;

import dev.plaza.payments.PaymentId;
import dev.plaza.payments.RefundId;
import dev.plaza.payments.domain.ChargeOutcome;
import dev.plaza.platform.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The card processor over its Stripe-like HTTP API ({@code /v1/charges}), authenticated by API key.
 * A charge's idempotency key is its payment's id and a refund's is the refund's id, so a retry — by
 * a customer, or by the verification job — finds what the first request did instead of repeating it.
 */
public final class HttpCardProcessor implements CardProcessor {

	private static final Logger log = LoggerFactory.getLogger(HttpCardProcessor.class);

	private final String base;

	private final String apiKey;

	private final ProcessorCalls calls;

	private final JsonMapper json = JsonMapper.builder().build();

	public HttpCardProcessor(URI base, String apiKey, Duration budget, Duration circuitOpenFor) {
		this.base = base.toString().replaceAll("/+$", "");
		this.apiKey = apiKey;
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(budget)
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
		this.calls = new ProcessorCalls(http, budget, circuitOpenFor);
	}

	@Override
	public ChargeOutcome charge(ChargeRequest charge) {
		ObjectNode body = json.createObjectNode()
			.put("amount", charge.amount().amount())
			.put("currency", charge.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT))
			.put("payment_method", charge.method().token());
		body.putObject("metadata")
			.put("tenant_id", charge.tenant().toString())
			.put("payment_id", charge.payment().toString())
			.put("reference", charge.reference().value());
		try {
			return chargeOutcome(calls.send(post("/v1/charges", body, charge.payment().toString())));
		}
		catch (ProcessorUnavailable ex) {
			log.warn("Charge for payment {} left pending: {}", charge.payment(), ex.getMessage());
			return new ChargeOutcome.Unanswered(ex.getMessage());
		}
	}

	@Override
	public Optional<ChargeOutcome> lookUp(PaymentId payment, String chargeId) {
		String path = chargeId != null ? "/v1/charges/" + encode(chargeId)
				: "/v1/charges?idempotency_key=" + encode(payment.toString());
		try {
			HttpResponse<byte[]> answer = calls.send(authorized(path).GET().build());
			if (answer.statusCode() == 404) {
				return Optional.empty();
			}
			JsonNode body = read(answer);
			if (answer.statusCode() != 200) {
				return Optional.of(unexpected("look-up", answer.statusCode(), body));
			}
			JsonNode charge = chargeId != null ? body : body.path("data").path(0);
			return charge.isMissingNode() ? Optional.empty() : Optional.of(outcomeOf(charge));
		}
		catch (ProcessorUnavailable ex) {
			log.warn("Look-up of the charge for payment {} unanswered: {}", payment, ex.getMessage());
			return Optional.of(new ChargeOutcome.Unanswered(ex.getMessage()));
		}
	}

	@Override
	public RefundOutcome refund(String chargeId, RefundId refund, Money amount) {
		ObjectNode body = json.createObjectNode().put("amount", amount.amount());
		try {
			HttpResponse<byte[]> answer = calls.send(post("/v1/charges/" + encode(chargeId) + "/refunds", body, refund.toString()));
			JsonNode read = read(answer);
			if (answer.statusCode() == 200) {
				return new RefundOutcome.Refunded(read.path("id").asString());
			}
			JsonNode error = read.path("error");
			return new RefundOutcome.Refused(error.path("code").asString("unknown"), error.path("message").asString(""));
		}
		catch (ProcessorUnavailable ex) {
			log.warn("Refund {} left pending: {}", refund, ex.getMessage());
			return new RefundOutcome.Unanswered(ex.getMessage());
		}
	}

	private ChargeOutcome chargeOutcome(HttpResponse<byte[]> answer) {
		JsonNode body = read(answer);
		JsonNode error = body.path("error");
		return switch (answer.statusCode()) {
			case 200 -> outcomeOf(body);
			// A declined card: the charge exists, failed.
			case 402 -> new ChargeOutcome.Failed(text(error, "charge"), firstOf(text(error, "decline_code"), text(error, "code")));
			// An unusable payment method: nothing was charged.
			case 400 -> "invalid_request_error".equals(text(error, "type"))
					? new ChargeOutcome.Failed(null, firstOf(text(error, "code"), "invalid_request"))
					: unexpected("charge", 400, body);
			default -> unexpected("charge", answer.statusCode(), body);
		};
	}

	/** A charge object's state: {@code succeeded}, {@code failed}, or anything else still pending. */
	static ChargeOutcome outcomeOf(JsonNode charge) {
		String id = text(charge, "id");
		return switch (charge.path("status").asString("")) {
			case "succeeded" -> new ChargeOutcome.Succeeded(id);
			case "failed" -> new ChargeOutcome.Failed(id, firstOf(text(charge, "decline_code"), text(charge, "failure_code")));
			default -> new ChargeOutcome.Pending(id);
		};
	}

	/** Not an answer Plaza can act on (an idempotency conflict, say): the payment waits for the verification job. */
	private static ChargeOutcome unexpected(String what, int status, JsonNode body) {
		log.error("The processor answered a {} with {}: {}", what, status, body);
		return new ChargeOutcome.Unanswered("unexpected answer " + status);
	}

	private HttpRequest post(String path, JsonNode body, String idempotencyKey) {
		return authorized(path)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", idempotencyKey)
			.POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
			.build();
	}

	private HttpRequest.Builder authorized(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + apiKey);
	}

	private JsonNode read(HttpResponse<byte[]> answer) {
		try {
			return json.readTree(answer.body());
		}
		catch (JacksonException ex) {
			throw new ProcessorUnavailable("the processor answered " + answer.statusCode() + " with a body that is not JSON");
		}
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.asString() : null;
	}

	private static String firstOf(String first, String second) {
		return first != null ? first : second;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
