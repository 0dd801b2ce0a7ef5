package dev.plaza.gateway.routing;

import java.util.Optional;

/** Looks through the wrappers the HTTP client, RestClient and the load balancer put around a failure. */
final class Causes {

	private Causes() {
	}

	static boolean contain(Throwable failure, Class<? extends Throwable> kind) {
		return find(failure, kind).isPresent();
	}

	static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> kind) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (kind.isInstance(cause)) {
				return Optional.of(kind.cast(cause));
			}
		}
		return Optional.empty();
	}
}
