package dev.plaza.sims.cardprocessor;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The processor's hosted card entry, so a card number never reaches the merchant:
 * <ul>
 * <li>{@code GET /hosted/card?return_url=<url>&state=<opaque>} — an HTML form (card number, expiry, CVC) that
 * needs no JavaScript</li>
 * <li>{@code POST /hosted/card} — checks the card (Luhn, expiry not past, 3–4 digit CVC), shows what is wrong on the
 * form, or answers {@code 303} to {@code return_url?token=tok_…&state=…}</li>
 * </ul>
 * The return URL must be absolute http(s); it is only echoed in the redirect, never fetched.
 */
final class HostedCardPage implements HttpHandler {

	private static final int MAX_STATE = 1024;

	private static final int MAX_RETURN_URL = 2048;

	private final Cards cards;

	HostedCardPage(Cards cards) {
		this.cards = cards;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			switch (exchange.getRequestMethod()) {
				case "GET", "HEAD" -> show(exchange, form(exchange.getRequestURI().getRawQuery()));
				case "POST" -> submit(exchange, form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
				default -> {
					exchange.getResponseHeaders().set("Allow", "GET, POST");
					send(exchange, 405, HostedCardHtml.problem("This page is reached with GET and submitted with POST."));
				}
			}
		}
	}

	private void show(HttpExchange exchange, Map<String, String> query) throws IOException {
		String refusal = refusal(query);
		if (refusal != null) {
			send(exchange, 400, HostedCardHtml.problem(refusal));
			return;
		}
		send(exchange, 200, HostedCardHtml.form(query.get("return_url"), query.getOrDefault("state", ""), "", "", Map.of()));
	}

	private void submit(HttpExchange exchange, Map<String, String> form) throws IOException {
		String refusal = refusal(form);
		if (refusal != null) {
			send(exchange, 400, HostedCardHtml.problem(refusal));
			return;
		}
		String returnUrl = form.get("return_url");
		String state = form.getOrDefault("state", "");
		String number = Card.digits(form.getOrDefault("number", ""));
		String expiryText = form.getOrDefault("expiry", "").trim();
		String cvc = form.getOrDefault("cvc", "").trim();
		var expiry = Card.expiry(expiryText);
		Map<String, String> errors = Card.check(number, expiry, cvc);
		if (!errors.isEmpty()) {
			send(exchange, 422, HostedCardHtml.form(returnUrl, state, form.getOrDefault("number", ""), expiryText, errors));
			return;
		}
		String token = cards.tokenize(new Card(number, expiry, cvc));
		String location = returnUrl + (returnUrl.contains("?") ? "&" : "?") + "token=" + encode(token) + "&state="
				+ encode(state);
		exchange.getResponseHeaders().set("Location", location);
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.sendResponseHeaders(303, -1);
	}

	/** Why the merchant's link is unusable (return URL missing, not http(s), too long; state too long), or null. */
	private static String refusal(Map<String, String> parameters) {
		String returnUrl = parameters.get("return_url");
		if (returnUrl == null || returnUrl.isBlank()) {
			return "The merchant's link has no return_url: add return_url=<an absolute http(s) URL> to it.";
		}
		if (returnUrl.length() > MAX_RETURN_URL) {
			return "The return_url is longer than " + MAX_RETURN_URL + " characters.";
		}
		try {
			URI uri = new URI(returnUrl);
			if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
					|| uri.getRawFragment() != null) {
				return "The return_url must be an absolute http or https URL without a fragment, such as "
						+ "https://shop.example/checkout/return.";
			}
		}
		catch (URISyntaxException ex) {
			return "The return_url is not a valid URL: " + ex.getReason() + ".";
		}
		if (parameters.getOrDefault("state", "").length() > MAX_STATE) {
			return "The state is longer than " + MAX_STATE + " characters.";
		}
		return null;
	}

	private static void send(HttpExchange exchange, int status, String html) throws IOException {
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		// Styles only, no script; the page must not be framed by the merchant (clickjacking of card entry).
		exchange.getResponseHeaders().set("Content-Security-Policy",
				"default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'");
		exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
		exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
		if (exchange.getRequestMethod().equals("HEAD")) {
			exchange.sendResponseHeaders(status, -1);
			return;
		}
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
	}

	private static Map<String, String> form(String raw) {
		Map<String, String> parameters = new LinkedHashMap<>();
		UrlEncoded.pairs(raw).forEach(pair -> parameters.putIfAbsent(pair.getKey(), pair.getValue()));
		return parameters;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
