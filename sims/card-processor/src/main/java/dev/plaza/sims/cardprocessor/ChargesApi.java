package dev.plaza.sims.cardprocessor;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The processor's HTTP API:
 * <ul>
 * <li>{@code POST /v1/charges} — {@code amount}, {@code currency}, {@code payment_method}, {@code metadata}</li>
 * <li>{@code GET /v1/charges/{id}}</li>
 * <li>{@code GET /v1/charges?idempotency_key=…} or {@code ?metadata[<key>]=…} — a list</li>
 * <li>{@code POST /v1/charges/{id}/refunds} — {@code amount}, or none for all that is left</li>
 * <li>{@code POST /v1/tokens} — {@code card: {number, exp_month, exp_year, cvc}}; answers a token
 * ({@code tok_…}) to charge with</li>
 * </ul>
 * Every request needs {@code Authorization: Bearer <api key>}; creating POSTs honour {@code Idempotency-Key}.
 */
final class ChargesApi implements HttpHandler {

	private static final String CHARGES = "/v1/charges";

	private final Settings settings;

	private final Processor processor;

	private final Tokens tokens;

	private final IdempotentRequests idempotent = new IdempotentRequests();

	ChargesApi(Settings settings, Processor processor, Cards cards) {
		this.settings = settings;
		this.processor = processor;
		this.tokens = new Tokens(cards);
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Answer answer;
			try {
				sleep(settings.latency());
				authenticate(exchange);
				answer = route(exchange);
			}
			catch (ApiError refused) {
				answer = new Answer(refused.status, Wire.bytes(Wire.error(refused)));
			}
			sleep(answer.delay());
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.getResponseHeaders().set("Request-Id", Ids.next("req"));
			exchange.sendResponseHeaders(answer.status(), answer.body().length);
			exchange.getResponseBody().write(answer.body());
		}
		catch (IOException callerGone) {
			// A caller that stopped waiting (tok_timeout) has closed its connection; the charge stands.
		}
	}

	private Answer route(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		String[] segments = path.startsWith(CHARGES) ? path.substring(CHARGES.length()).split("/") : new String[0];
		String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
		if (path.equals(CHARGES) && method.equals("POST")) {
			JsonNode params = body(exchange.getRequestBody());
			return idempotent.answer("charges", key, params, () -> processor.charge(params, key));
		}
		if (path.equals("/v1/tokens") && method.equals("POST")) {
			JsonNode params = body(exchange.getRequestBody());
			return idempotent.answer("tokens", key, params, () -> tokens.create(params));
		}
		if (path.equals(CHARGES) && method.equals("GET")) {
			return new Answer(200, Wire.bytes(Wire.list(processor.list(query(exchange.getRequestURI().getRawQuery())))));
		}
		if (segments.length == 2 && segments[0].isEmpty() && method.equals("GET")) {
			Charge charge = processor.find(segments[1]).orElseThrow(() -> ApiError.notFound("charge", segments[1]));
			return new Answer(200, Wire.bytes(Wire.charge(charge)));
		}
		if (segments.length == 3 && segments[0].isEmpty() && segments[2].equals("refunds") && method.equals("POST")) {
			JsonNode params = body(exchange.getRequestBody());
			return idempotent.answer("refunds " + segments[1], key, params, () -> processor.refund(segments[1], params));
		}
		throw new ApiError(404, "invalid_request_error", "resource_missing",
				"Unrecognized request URL (" + method + ": " + path + ").", null, null, null);
	}

	private void authenticate(HttpExchange exchange) {
		if (!("Bearer " + settings.apiKey()).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			throw new ApiError(401, "authentication_error", "api_key_invalid",
					"Invalid API key provided. Send 'Authorization: Bearer <secret key>'.", null, null, null);
		}
	}

	private static JsonNode body(InputStream in) throws IOException {
		byte[] bytes = in.readAllBytes();
		try {
			JsonNode body = bytes.length == 0 ? Wire.JSON.createObjectNode() : Wire.JSON.readTree(bytes);
			if (!body.isObject()) {
				throw ApiError.invalid("parameter_invalid", null, "The request body must be a JSON object.");
			}
			return body;
		}
		catch (JacksonException ex) {
			throw ApiError.invalid("parameter_invalid", null, "The request body is not valid JSON: " + ex.getOriginalMessage());
		}
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> parameters = new LinkedHashMap<>();
		UrlEncoded.pairs(raw).forEach(pair -> parameters.put(pair.getKey(), pair.getValue()));
		return parameters;
	}

	private static void sleep(Duration wait) {
		if (wait.isZero()) {
			return;
		}
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
