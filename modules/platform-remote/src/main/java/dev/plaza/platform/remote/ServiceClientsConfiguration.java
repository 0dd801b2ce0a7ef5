package dev.plaza.platform.remote;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import dev.plaza.platform.ServiceCalls;
import dev.plaza.platform.ServiceClients;
import dev.plaza.platform.ServicesProperties;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.client.RestClient;

/**
 * Calls to other services, in a service app: one that names identity-service
 * ({@code plaza.services.identity-url}), or identity-service itself when it names a service it calls
 * (commerce-service, {@code plaza.services.commerce-url}, for e-mail): it then gets its token from its
 * own token endpoint.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServicesProperties.class)
class ServiceClientsConfiguration {

	/** Every call goes out as the one services client, whoever's request led to it. */
	private static final Authentication SERVICES = UsernamePasswordAuthenticationToken.authenticated(ServiceCalls.CLIENT_ID,
			null, List.of());

	@Bean
	@ConditionalOnExpression("!'${plaza.services.identity-url:}'.isEmpty() or !'${plaza.services.commerce-url:}'.isEmpty()")
	ServiceClients serviceClients(RestClient.Builder rest, ServicesProperties properties, @Value("${server.port:8080}") int port) {
		if (properties.clientSecret().isBlank()) {
			throw new IllegalStateException("plaza.services.identity-url is set but plaza.services.client-secret is not: "
					+ "set PLAZA_SERVICES_CLIENT_SECRET to the secret identity-service registers for " + ServiceCalls.CLIENT_ID);
		}
		URI identity = properties.identityUrl() != null ? properties.identityUrl() : URI.create("http://127.0.0.1:" + port);
		return new HttpServiceClients(rest, properties, serviceToken(properties, identity), breakers(), retries(properties));
	}

	private static ServiceToken serviceToken(ServicesProperties properties, URI identity) {
		ClientRegistration registration = ClientRegistration.withRegistrationId(ServiceCalls.CLIENT_ID)
			.clientId(ServiceCalls.CLIENT_ID)
			.clientSecret(properties.clientSecret())
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope(ServiceCalls.SCOPE)
			.tokenUri(identity.resolve("/oauth2/token").toString())
			.build();
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
		AuthorizedClientServiceOAuth2AuthorizedClientManager tokens = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
		tokens.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
		OAuth2ClientHttpRequestInterceptor interceptor = new OAuth2ClientHttpRequestInterceptor(tokens);
		interceptor.setClientRegistrationIdResolver(request -> ServiceCalls.CLIENT_ID);
		interceptor.setPrincipalResolver(request -> SERVICES);
		return new ServiceToken(interceptor);
	}

	/** Open after half of the last 20 calls failed; try again with 3 calls 5 s later. */
	private static CircuitBreakerRegistry breakers() {
		return CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.slidingWindowSize(20)
			.minimumNumberOfCalls(10)
			.failureRateThreshold(50)
			.waitDurationInOpenState(Duration.ofSeconds(5))
			.permittedNumberOfCallsInHalfOpenState(3)
			.recordExceptions(IOException.class)
			.build());
	}

	private static RetryRegistry retries(ServicesProperties properties) {
		return RetryRegistry.of(RetryConfig.custom()
			.maxAttempts(properties.attempts())
			.intervalFunction(IntervalFunction.ofExponentialRandomBackoff(properties.retryWait(), 2.0, 0.5))
			.retryExceptions(IOException.class)
			.build());
	}
}
