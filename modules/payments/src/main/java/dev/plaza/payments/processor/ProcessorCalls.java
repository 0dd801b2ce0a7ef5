package dev.plaza.payments.processor;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

/**
 * Every request to the processor goes through here: it may take at most the budget (a Resilience4j
 * time limiter, which also cancels the exchange), and once half of the last 50 calls (at least 20) failed
 * the circuit opens and calls fail at once for {@code openFor}, so a processor in trouble costs callers
 * nothing and gets room to recover; a few slow answers among many good ones do not open it. Answers that are the processor's decision (2xx, 400, 402, 404)
 * count as successes; 401, 403, 429, 5xx, timeouts and connection failures as failures.
 */
final class ProcessorCalls {

	private final HttpClient http;

	private final TimeLimiter budget;

	private final CircuitBreaker breaker;

	ProcessorCalls(HttpClient http, Duration budget, Duration openFor) {
		this.http = http;
		this.budget = TimeLimiter.of(TimeLimiterConfig.custom().timeoutDuration(budget).cancelRunningFuture(true).build());
		this.breaker = CircuitBreaker.of("card-processor", CircuitBreakerConfig.custom()
			.slidingWindowSize(50)
			.minimumNumberOfCalls(20)
			.failureRateThreshold(50)
			.waitDurationInOpenState(openFor)
			.permittedNumberOfCallsInHalfOpenState(3)
			.build());
	}

	HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return breaker.executeCallable(() -> {
				HttpResponse<byte[]> answer = budget
					.executeFutureSupplier(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()));
				int status = answer.statusCode();
				if (status >= 500 || status == 401 || status == 403 || status == 429) {
					throw new ProcessorUnavailable("the processor answered " + status + ": "
							+ new String(answer.body(), StandardCharsets.UTF_8));
				}
				return answer;
			});
		}
		catch (ProcessorUnavailable ex) {
			throw ex;
		}
		catch (CallNotPermittedException ex) {
			throw new ProcessorUnavailable("the circuit to the processor is open after repeated failures");
		}
		catch (TimeoutException ex) {
			throw new ProcessorUnavailable("no answer within " + budget.getTimeLimiterConfig().getTimeoutDuration().toMillis()
					+ " ms");
		}
		catch (IOException ex) {
			throw new ProcessorUnavailable("the processor could not be reached: " + ex);
		}
		catch (ExecutionException ex) {
			throw new ProcessorUnavailable("the processor could not be reached: " + ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ProcessorUnavailable("interrupted while waiting for the processor");
		}
		catch (Exception ex) {
			throw new ProcessorUnavailable("the call to the processor failed: " + ex);
		}
	}
}
