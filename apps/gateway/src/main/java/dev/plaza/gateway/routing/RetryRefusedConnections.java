package dev.plaza.gateway.routing;

import java.net.ConnectException;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Sends a read again, to the next instance the load balancer picks, when an instance refused the
 * connection: nothing reached that instance, and a read without a body can be sent again as it was.
 * Gateway's own retry filter is not used because it sees only the load balancer's wrapper around the
 * failure, never the refused connection inside it.
 */
final class RetryRefusedConnections implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

	private final int attempts;

	RetryRefusedConnections(int attempts) {
		this.attempts = attempts;
	}

	@Override
	public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
		for (int attempt = 1;; attempt++) {
			try {
				return next.handle(request);
			}
			catch (Exception failure) {
				if (attempt >= attempts || !READS.contains(request.method())
						|| !Causes.contain(failure, ConnectException.class)) {
					throw failure;
				}
			}
		}
	}
}
