package dev.plaza.platform.web;

import java.util.Objects;

import org.springframework.util.unit.DataSize;

/**
 * An endpoint that takes bodies larger than {@code plaza.http.max-request-body}, such as a bulk
 * upload streamed into the database: declare one as a bean and {@link RequestBodyLimitFilter} holds
 * requests to that method and path to this limit instead.
 *
 * @param path the request path exactly, without query
 */
public record LargeUpload(String method, String path, DataSize limit) {

	public LargeUpload {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(limit, "limit");
	}

	boolean matches(String requestMethod, String requestPath) {
		return method.equalsIgnoreCase(requestMethod) && path.equals(requestPath);
	}
}
