package dev.plaza.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.plaza.platform.web.LargeUpload;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's settings.
 *
 * @param upstreams base URLs per service, such as {@code ledger -> [http://ledger-1:8080, http://ledger-2:8080]};
 * a service with none is served by {@code defaultService}'s
 * @param routes path patterns per service, such as {@code ledger -> [/api/v1/ledger/**]}; the most specific
 * pattern wins, and what matches none goes to {@code defaultService}
 * @param defaultService the service for every other path: the all-in-one Plaza until the services are split
 * @param publicReads {@code GET} paths anyone may call without a token (Plaza's {@code PublicReads})
 * @param publicSubmissions {@code POST} paths storefront visitors call without a token (Plaza's
 * {@code PublicSubmissions})
 * @param publicCallbacks {@code POST} paths partners call without a token (Plaza's {@code PublicCallbacks})
 * @param jwkSetUri where the token signing keys are published; empty: {@code /oauth2/jwks} of the service
 * that serves {@code /oauth2/**}
 * @param issuer the {@code iss} tokens must carry; empty: not checked
 * @param rateLimit requests per client (token subject, else address)
 * @param maxRequestBody larger bodies get 413
 * @param largeUploads the services' {@link LargeUpload} endpoints (onboarding's upload), held to their own limit
 * instead, as the service holds them
 * @param connectTimeout longest wait for a connection to a service
 * @param responseTimeout longest wait for a service's answer to start; then 504
 */
@ConfigurationProperties("plaza.gateway")
public record GatewayProperties(Map<String, List<URI>> upstreams, Map<String, List<String>> routes,
		@DefaultValue("plaza") String defaultService, List<String> publicReads,
		List<String> publicSubmissions, List<String> publicCallbacks,
		@DefaultValue("") String jwkSetUri, @DefaultValue("") String issuer, @DefaultValue RateLimit rateLimit,
		@DefaultValue("4MB") DataSize maxRequestBody, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("30s") Duration responseTimeout, List<LargeUpload> largeUploads) {

	public GatewayProperties {
		upstreams = upstreams == null ? Map.of() : Map.copyOf(upstreams);
		routes = routes == null ? Map.of() : Map.copyOf(routes);
		publicReads = publicReads == null ? List.of() : List.copyOf(publicReads);
		publicSubmissions = publicSubmissions == null ? List.of() : List.copyOf(publicSubmissions);
		publicCallbacks = publicCallbacks == null ? List.of() : List.copyOf(publicCallbacks);
		largeUploads = largeUploads == null ? List.of() : List.copyOf(largeUploads);
	}

	/** A service's base URLs, or the default service's when it has none of its own. */
	public List<URI> upstreamsOf(String service) {
		List<URI> own = upstreams.getOrDefault(service, List.of());
		return own.isEmpty() ? upstreams.getOrDefault(defaultService, List.of()) : own;
	}

	/** The service that answers {@code /oauth2/**}, and so publishes the signing keys. */
	public String identityService() {
		return routes.entrySet()
			.stream()
			.filter(route -> route.getValue().contains("/oauth2/**"))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(defaultService);
	}

	/**
	 * A token bucket per client.
	 *
	 * @param perSecond tokens added each second
	 * @param burst the bucket's size: how many requests may come at once
	 */
	public record RateLimit(@DefaultValue("50") long perSecond, @DefaultValue("100") long burst) {
	}
}
