package dev.plaza.identity.application;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The one issuer of Plaza's tokens: {@code plaza.identity.issuer} when set, else the public URL
 * ({@code plaza.public-url}), else {@code http://127.0.0.1:<port>} with the port the server bound.
 * It is fixed once, never read from a request's {@code Host}: a token requested at any host name
 * carries the same {@code iss}, and the metadata documents name the same URLs.
 */
final class PlazaIssuer implements TokenAuthority, ApplicationListener<WebServerInitializedEvent> {

	private final String audience;

	private volatile String issuer;

	PlazaIssuer(String configuredIssuer, String publicUrl, String configuredAudience) {
		this.issuer = !configuredIssuer.isBlank() ? withoutTrailingSlash(configuredIssuer)
				: !publicUrl.isBlank() ? withoutTrailingSlash(publicUrl) : null;
		this.audience = withoutTrailingSlash(configuredAudience);
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		// The management server, when it has a port of its own, is not where tokens are issued.
		if (issuer == null && event.getApplicationContext().getServerNamespace() == null) {
			issuer = "http://127.0.0.1:" + event.getWebServer().getPort();
		}
	}

	@Override
	public String issuer() {
		String known = issuer;
		if (known == null) {
			throw new IllegalStateException("The issuer is derived from the server's port, which is not bound yet; "
					+ "set plaza.identity.issuer or plaza.public-url to fix it up front");
		}
		return known;
	}

	/** {@code plaza.identity.audience} when set, else the issuer: Plaza's API is served where its tokens are. */
	@Override
	public String audience() {
		return audience.isBlank() ? issuer() : audience;
	}

	private static String withoutTrailingSlash(String url) {
		String trimmed = url.strip();
		return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}
}
