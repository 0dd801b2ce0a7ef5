package dev.plaza.platform.remote;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Retries and the circuit breaker around each call to one service. A connection failure, a
 * timeout or a 5xx counts as a failure; a 4xx is the caller's and counts as an answer. Only
 * {@code GET} and {@code PUT} are tried again: a {@code POST} may have been applied before its
 * answer was lost.
 */
final class ResilientCalls implements ClientHttpRequestInterceptor {

	static final ProblemType SERVICE_UNAVAILABLE = new ProblemType("service-unavailable", "Service unavailable", 503);

	private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.PUT);

	private static final Logger log = LoggerFactory.getLogger(ResilientCalls.class);

	private final String service;

	private final CircuitBreaker breaker;

	private final Retry retry;

	ResilientCalls(String service, CircuitBreaker breaker, Retry retry) {
		this.service = service;
		this.breaker = breaker;
		this.retry = retry;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) {
		Callable<ClientHttpResponse> call = CircuitBreaker.decorateCallable(breaker, () -> answered(execution.execute(request, body)));
		if (IDEMPOTENT.contains(request.getMethod())) {
			call = Retry.decorateCallable(retry, call);
		}
		try {
			return call.call();
		}
		catch (CallNotPermittedException ex) {
			throw unavailable("its circuit breaker is open after repeated failures");
		}
		catch (IOException ex) {
			log.warn("{} {} to {} failed: {}", request.getMethod(), request.getURI(), service, ex.getMessage());
			throw unavailable("it could not be reached or did not answer in time");
		}
		catch (Exception ex) {
			throw new IllegalStateException("Calling " + service + " failed", ex);
		}
	}

	private static ClientHttpResponse answered(ClientHttpResponse response) throws IOException {
		if (response.getStatusCode().is5xxServerError()) {
			int status = response.getStatusCode().value();
			response.close();
			throw new ServerFailure(status);
		}
		return response;
	}

	private Problem unavailable(String why) {
		return unavailable(service, why);
	}

	static Problem unavailable(String service, String why) {
		return new Problem(SERVICE_UNAVAILABLE, "Plaza's " + service + " service, which this request needs, is unavailable: "
				+ why + ". Retry in a few seconds, with the same Idempotency-Key if the request had one.")
			.retryAfter(Duration.ofSeconds(2));
	}

	/** A 5xx answer: the service failed, so the call may be tried again. */
	static final class ServerFailure extends IOException {

		ServerFailure(int status) {
			super("answered " + status);
		}
	}
}
