package dev.plaza.platform;

import java.net.URI;

/**
 * Makes the HTTP interface clients through which a service app reads the modules other services
 * hold. Present in service apps only: those that name identity-service
 * ({@code plaza.services.identity-url}), and identity-service when it names commerce-service
 * ({@code plaza.services.commerce-url}).
 */
public interface ServiceClients {

	/**
	 * A client of {@code api}, an interface of {@code @HttpExchange} methods, served by the service
	 * at {@code baseUrl}; {@code service} names it in errors, logs and its circuit breaker.
	 */
	<T> T client(String service, URI baseUrl, Class<T> api);
}
