package dev.plaza.platform.remote;

import java.net.URI;
import java.net.http.HttpClient;

import dev.plaza.platform.ServiceClients;
import dev.plaza.platform.ServicesProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Every call carries the service token and the caller's tenant, gives up after the
 * configured timeouts, is retried with jittered backoff when it is a read or an idempotent write
 * ({@code GET}, {@code PUT}), and goes through a circuit breaker per service, so that a service
 * that is down is refused at once rather than waited for on every request.
 */
final class HttpServiceClients implements ServiceClients {

	private final RestClient.Builder rest;

	private final ServicesProperties properties;

	private final ClientHttpRequestInterceptor serviceToken;

	private final CircuitBreakerRegistry breakers;

	private final RetryRegistry retries;

	HttpServiceClients(RestClient.Builder rest, ServicesProperties properties, ClientHttpRequestInterceptor serviceToken,
			CircuitBreakerRegistry breakers, RetryRegistry retries) {
		this.rest = rest;
		this.properties = properties;
		this.serviceToken = serviceToken;
		this.breakers = breakers;
		this.retries = retries;
	}

	@Override
	public <T> T client(String service, URI baseUrl, Class<T> api) {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
		requests.setReadTimeout(properties.readTimeout());
		RestClient client = rest.clone()
			.baseUrl(baseUrl.toString())
			.requestFactory(requests)
			.requestInterceptor(new TenantHeader())
			.requestInterceptor(serviceToken)
			// Last, so that each try it makes sends a new request (with the headers added above).
			.requestInterceptor(new ResilientCalls(service, breakers.circuitBreaker(service), retries.retry(service)))
			.defaultStatusHandler(status -> status.isError(), new RemoteRefusals(service))
			.build();
		return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client)).build().createClient(api);
	}
}
