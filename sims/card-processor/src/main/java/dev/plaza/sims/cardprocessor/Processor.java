package dev.plaza.sims.cardprocessor;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/** Charges and refunds, each payment method token behaving as {@link TestToken} says. */
final class Processor {

	private final Settings settings;

	private final Webhooks webhooks;

	private final ScheduledExecutorService timer;

	private final Map<String, Charge> charges = new ConcurrentHashMap<>();

	private final Cards cards;

	Processor(Settings settings, Cards cards, Webhooks webhooks, ScheduledExecutorService timer) {
		this.settings = settings;
		this.cards = cards;
		this.webhooks = webhooks;
		this.timer = timer;
	}

	Answer charge(JsonNode params, String idempotencyKey) {
		long amount = positiveAmount(params.path("amount"));
		String currency = currency(params.path("currency"));
		String method = params.path("payment_method").asString("");
		TestToken token = cards.behaviourOf(method).orElseThrow(() -> ApiError.invalid("resource_missing", "payment_method",
				"No such payment method: '" + method + "'. Test tokens: tok_approve, tok_decline, tok_timeout, tok_pending, "
						+ "tok_duplicate_webhook, or a token from the hosted card page or POST /v1/tokens."));
		Map<String, String> metadata = new LinkedHashMap<>();
		params.path("metadata").properties().forEach(entry -> metadata.put(entry.getKey(), entry.getValue().asString()));
		Charge charge = new Charge(Ids.next("ch"), amount, currency, method, metadata, Charge.Status.SUCCEEDED, null, null, 0,
				idempotencyKey, Instant.now().getEpochSecond());
		return switch (token) {
			case APPROVE -> succeeded(charge, 1);
			case DUPLICATE_WEBHOOK -> succeeded(charge, 2);
			case TIMEOUT -> {
				charges.put(charge.id(), charge);
				yield new Answer(200, Wire.bytes(Wire.charge(charge)), settings.slowAnswerDelay());
			}
			case PENDING -> pending(charge);
			case DECLINE -> declined(charge);
		};
	}

	private Answer succeeded(Charge charge, int webhookCopies) {
		charges.put(charge.id(), charge);
		webhooks.announce("charge.succeeded", charge, webhookCopies);
		return new Answer(200, Wire.bytes(Wire.charge(charge)));
	}

	private Answer pending(Charge charge) {
		Charge pending = new Charge(charge.id(), charge.amount(), charge.currency(), charge.paymentMethod(), charge.metadata(),
				Charge.Status.PENDING, null, null, 0, charge.idempotencyKey(), charge.created());
		charges.put(pending.id(), pending);
		timer.schedule(() -> webhooks.announce("charge.succeeded", charges.compute(pending.id(), (id, c) -> c.succeeded()), 1),
				settings.pendingDelay().toMillis(), TimeUnit.MILLISECONDS);
		return new Answer(200, Wire.bytes(Wire.charge(pending)));
	}

	private Answer declined(Charge charge) {
		Charge failed = new Charge(charge.id(), charge.amount(), charge.currency(), charge.paymentMethod(), charge.metadata(),
				Charge.Status.FAILED, "card_declined", "generic_decline", 0, charge.idempotencyKey(), charge.created());
		charges.put(failed.id(), failed);
		webhooks.announce("charge.failed", failed, 1);
		return new Answer(402, Wire.bytes(Wire.error(new ApiError(402, "card_error", "card_declined", "Your card was declined.",
				null, "generic_decline", failed.id()))));
	}

	Optional<Charge> find(String id) {
		return Optional.ofNullable(charges.get(id));
	}

	/** Charges matching every filter, oldest first: {@code idempotency_key=…} or {@code metadata[<key>]=…}. */
	List<Charge> list(Map<String, String> filters) {
		Predicate<Charge> matching = charge -> true;
		for (Map.Entry<String, String> filter : filters.entrySet()) {
			String name = filter.getKey();
			String value = filter.getValue();
			if (name.equals("idempotency_key")) {
				matching = matching.and(charge -> value.equals(charge.idempotencyKey()));
			}
			else if (name.startsWith("metadata[") && name.endsWith("]")) {
				String key = name.substring("metadata[".length(), name.length() - 1);
				matching = matching.and(charge -> value.equals(charge.metadata().get(key)));
			}
			else {
				throw ApiError.invalid("parameter_unknown", name, "Received unknown parameter: " + name
						+ ". Filter by idempotency_key or metadata[<key>].");
			}
		}
		return charges.values().stream()
			.filter(matching)
			.sorted(Comparator.comparingLong(Charge::created).thenComparing(Charge::id))
			.toList();
	}

	/** Gives back {@code amount}, or all that is left when the request names none. */
	Answer refund(String chargeId, JsonNode params) {
		Refund[] made = new Refund[1];
		charges.compute(chargeId, (id, charge) -> {
			if (charge == null) {
				throw ApiError.notFound("charge", chargeId);
			}
			if (charge.status() != Charge.Status.SUCCEEDED) {
				throw ApiError.invalid("charge_not_refundable", "charge", "Charge " + chargeId + " is " + charge.status().code()
						+ "; only a succeeded charge can be refunded.");
			}
			if (charge.refundable() == 0) {
				throw ApiError.invalid("charge_already_refunded", "charge", "Charge " + chargeId + " has already been refunded.");
			}
			long amount = params.has("amount") ? positiveAmount(params.path("amount")) : charge.refundable();
			if (amount > charge.refundable()) {
				throw ApiError.invalid("amount_too_large", "amount", "Refund amount (" + amount + ") is greater than the "
						+ "charge's unrefunded amount (" + charge.refundable() + ").");
			}
			made[0] = new Refund(Ids.next("re"), chargeId, amount, charge.currency(), Instant.now().getEpochSecond());
			return charge.refunded(amount);
		});
		return new Answer(200, Wire.bytes(Wire.refund(made[0])));
	}

	private static long positiveAmount(JsonNode amount) {
		if (!amount.isIntegralNumber() || amount.asLong() < 1) {
			throw ApiError.invalid("parameter_invalid_integer", "amount",
					"Invalid integer: amount must be a positive whole number of minor units.");
		}
		return amount.asLong();
	}

	private static String currency(JsonNode currency) {
		String code = currency.asString("");
		if (!code.matches("[a-zA-Z]{3}")) {
			throw ApiError.invalid("parameter_invalid", "currency", "Invalid currency: '" + code + "'. Use an ISO 4217 code.");
		}
		return code.toLowerCase(Locale.ROOT);
	}
}
