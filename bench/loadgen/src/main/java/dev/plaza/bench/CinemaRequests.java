package dev.plaza.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * Requests of the cinema scenarios as customers send them: on the storefront's domain (Host) when
 * one is given, which makes Plaza pick the tenant without a token, and with the token when one is.
 */
final class CinemaRequests {

	private CinemaRequests() {
	}

	static HttpRequest get(Options options, URI uri) {
		return builder(options, uri).GET().build();
	}

	static HttpRequest.Builder builder(Options options, URI uri) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(options.timeoutSeconds()));
		if (options.cinema().host() != null) {
			request.header("Host", options.cinema().host());
		}
		if (options.token() != null) {
			request.header("Authorization", "Bearer " + options.token());
		}
		return request;
	}
}
