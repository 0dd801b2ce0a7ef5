package dev.plaza.backoffice.application;

import dev.plaza.backoffice.BackofficeProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where Plaza answers: for the back office's own calls (API, token endpoint, keys) and for the
 * browser it sends to log in. Resolved when first asked, because the main port is known only once
 * the server listens.
 */
@Component
public class PlazaUrls {

	private final BackofficeProperties properties;

	private final Environment environment;

	PlazaUrls(BackofficeProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	/** Plaza's API and authorization server as this process reaches them. */
	public String api() {
		if (!properties.plazaUrl().isBlank()) {
			return trimmed(properties.plazaUrl());
		}
		String publicUrl = environment.getProperty("plaza.public-url", "");
		return publicUrl.isBlank() ? "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port")
				: trimmed(publicUrl);
	}

	/** Plaza's public address, the issuer of its tokens, where a browser logs in. */
	public String login() {
		return properties.loginUrl().isBlank() ? api() : trimmed(properties.loginUrl());
	}

	private static String trimmed(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}
}
