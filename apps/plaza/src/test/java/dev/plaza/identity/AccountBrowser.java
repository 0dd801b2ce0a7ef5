package dev.plaza.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A person's browser on the account pages, as plain HTTP: it keeps the cookies the pages set (sent back
 * whatever their Secure flag, as browsers do on a loopback address) and submits forms with the hidden
 * fields the page rendered, the CSRF token among them.
 */
final class AccountBrowser {

	private final URI base;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	AccountBrowser(URI base) {
		this.base = base;
	}

	record Page(int status, Document html, HttpResponse<String> raw) {

		String text() {
			return html.text();
		}

		String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}
	}

	Page get(String pathAndQuery) {
		return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET());
	}

	/** Submits the page's first form with its hidden fields and the fields given. */
	Page submit(Page page, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>();
		page.html().select("form input[type=hidden]").forEach(input -> form.put(input.attr("name"), input.attr("value")));
		form.putAll(fields);
		return post(page.html().selectFirst("form").attr("action"), form);
	}

	Page post(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(base.resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Page send(HttpRequest.Builder request) {
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet()
				.stream()
				.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(this::keep);
			return new Page(response.statusCode(), Jsoup.parse(response.body()), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void keep(String setCookie) {
		String pair = setCookie.split(";", 2)[0];
		int equals = pair.indexOf('=');
		cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
