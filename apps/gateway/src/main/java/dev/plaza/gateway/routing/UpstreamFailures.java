package dev.plaza.gateway.routing;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import dev.plaza.gateway.GatewayProblems;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.web.BodyTooLargeException;
import dev.plaza.platform.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Answers a route's failures to reach its service as problem details instead of a 500: 504 when the
 * service was too slow, 502 when it could not be reached or broke off, 503 when it has no instance, and
 * 413 when the caller's body grew past the limit while it was being sent on.
 */
final class UpstreamFailures implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	private static final Logger log = LoggerFactory.getLogger(UpstreamFailures.class);

	private final String service;

	private final ProblemResponses problems;

	private final Duration responseTimeout;

	UpstreamFailures(String service, ProblemResponses problems, Duration responseTimeout) {
		this.service = service;
		this.problems = problems;
		this.responseTimeout = responseTimeout;
	}

	@Override
	public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
		try {
			return next.handle(request);
		}
		catch (Exception failure) {
			String path = request.path();
			if (Causes.find(failure, BodyTooLargeException.class).orElse(null) instanceof BodyTooLargeException large) {
				return problems.response(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than the limit of "
						+ large.limit() + " bytes. Send less data per request.", path);
			}
			if (Causes.contain(failure, HttpTimeoutException.class) || Causes.contain(failure, SocketTimeoutException.class)) {
				log.warn("The {} service did not answer {} {} within {}", service, request.method(), path, responseTimeout);
				return problems.response(GatewayProblems.UPSTREAM_TIMEOUT, "The " + service
						+ " service did not answer within " + responseTimeout.toMillis()
						+ " ms. Try again later; a creating request sent with an Idempotency-Key can be retried safely.", path);
			}
			if (Causes.find(failure, HttpServerErrorException.class)
				.filter(unavailable -> unavailable.getStatusCode().value() == 503)
				.isPresent()) {
				return problems.response(GatewayProblems.UPSTREAM_UNAVAILABLE,
						"The " + service + " service has no instance to serve this request. Try again later.", path);
			}
			if (Causes.contain(failure, IOException.class)) {
				log.warn("The {} service could not be reached for {} {}: {}", service, request.method(), path,
						failure.toString());
				return problems.response(GatewayProblems.UPSTREAM_UNREACHABLE, "The " + service
						+ " service could not be reached. Try again later; a creating request sent with an Idempotency-Key can be retried safely.",
						path);
			}
			throw failure;
		}
	}
}
