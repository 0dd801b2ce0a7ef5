package dev.plaza.notifications.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where a tenant receives webhooks: an absolute http or https URL with a host, no credentials
 * (they would be logged and shown back) and no fragment (never sent to a server).
 */
public final class EndpointUrl {

	static final int MAX_LENGTH = 2048;

	private EndpointUrl() {
	}

	/** Why the URL cannot receive webhooks, or empty when it can. */
	public static Optional<String> problem(String url) {
		if (url == null || url.isBlank()) {
			return Optional.of("is required: an http or https URL such as https://example.com/webhooks");
		}
		if (url.length() > MAX_LENGTH) {
			return Optional.of("is longer than " + MAX_LENGTH + " characters");
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return Optional.of("is not a valid URL (" + ex.getReason() + ")");
		}
		if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
			return Optional.of("must use http or https, such as https://example.com/webhooks");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			return Optional.of("must name a host, such as https://example.com/webhooks");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("must not carry credentials; verify deliveries with the signing secret instead");
		}
		if (uri.getRawFragment() != null) {
			return Optional.of("must not have a fragment (#...), which is never sent to the server");
		}
		return Optional.empty();
	}
}
