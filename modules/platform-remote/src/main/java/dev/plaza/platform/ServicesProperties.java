package dev.plaza.platform;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a service app finds the services whose modules it does not hold ({@code plaza.services.*}).
 * The all-in-one app sets none of them: every module is in its own process.
 *
 * @param clientSecret secret of the {@code plaza-services} client the services authenticate as
 * when they call each other; identity-service registers the client, the others get tokens with it
 * @param identityUrl identity-service: tokens, signing keys and the tenant directory
 * @param catalogUrl catalog-service: showtimes and products
 * @param ledgerUrl ledger-service: postings
 * @param commerceUrl commerce-service: e-mail (notifications), for identity-service's invitations and resets
 * @param connectTimeout how long to wait for a connection to another service
 * @param readTimeout how long to wait for its answer
 * @param attempts tries of a read or an idempotent write before giving up (at least 1)
 * @param retryWait wait before the second try; it doubles after each, with random jitter
 */
@ConfigurationProperties("plaza.services")
public record ServicesProperties(@DefaultValue("") String clientSecret, URI identityUrl, URI catalogUrl, URI ledgerUrl,
		URI commerceUrl,
		@DefaultValue("1s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout,
		@DefaultValue("3") int attempts, @DefaultValue("100ms") Duration retryWait) {

	public ServicesProperties {
		if (attempts < 1) {
			throw new IllegalArgumentException("plaza.services.attempts must be 1 or more, not " + attempts);
		}
	}
}
