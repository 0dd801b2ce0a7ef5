package dev.plaza.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A visitor's browser without JavaScript: it keeps cookies, follows no redirect by itself, and submits forms
 * with the fields a page gave them.
 */
final class Shopper {

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	HttpResponse<String> get(URI uri) {
		return send(HttpRequest.newBuilder(uri).GET());
	}

	/** The page at the address, which must answer 200, parsed with its address as base. */
	Document page(URI uri) {
		HttpResponse<String> page = get(uri);
		assertThat(page.statusCode()).as(uri + ": " + page.body()).isEqualTo(200);
		return Jsoup.parse(page.body(), uri.toString());
	}

	HttpResponse<String> post(URI uri, Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(encode(name)).append('=')
			.append(encode(value)));
		return send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** Fills the form's hidden fields from the page, then these. */
	static Map<String, String> form(Document page, String formSelector, Map<String, String> typed) {
		Map<String, String> fields = new LinkedHashMap<>();
		page.select(formSelector + " input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.val()));
		fields.putAll(typed);
		return fields;
	}

	static URI location(HttpResponse<String> redirect, URI base) {
		assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(303);
		return base.resolve(redirect.headers().firstValue("Location").orElseThrow());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
