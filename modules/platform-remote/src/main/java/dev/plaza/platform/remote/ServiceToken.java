package dev.plaza.platform.remote;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.RestClientException;

/**
 * Adds the services client's access token, which it gets from identity-service and keeps until it
 * nearly expires. When no token can be had, the call cannot be made: the caller is told the
 * identity service is unavailable, as when the service called is.
 */
final class ServiceToken implements ClientHttpRequestInterceptor {

	private static final Logger log = LoggerFactory.getLogger(ServiceToken.class);

	private final ClientHttpRequestInterceptor token;

	ServiceToken(ClientHttpRequestInterceptor token) {
		this.token = token;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		try {
			return token.intercept(request, body, execution);
		}
		catch (OAuth2AuthorizationException | RestClientException ex) {
			log.warn("No service token for {} {}: {}", request.getMethod(), request.getURI(), ex.getMessage());
			throw ResilientCalls.unavailable("identity", "no service token could be had from it");
		}
	}
}
