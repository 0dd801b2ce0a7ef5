package dev.plaza.gateway;

import java.net.URI;

/**
 * The failures the gateway answers itself, with the same {@code type} URIs as Plaza's
 * ({@code dev.plaza.platform.ProblemType}) where Plaza has the same failure, so clients switch on one set.
 */
public enum EdgeProblem {

	INVALID_PATH("invalid-path", "Invalid path", 400),
	UNAUTHORIZED("unauthorized", "Authentication required", 401),
	NOT_FOUND("not-found", "Not found", 404),
	PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
	RATE_LIMITED("rate-limited", "Too many requests", 429),
	UPSTREAM_UNREACHABLE("upstream-unreachable", "Service unreachable", 502),
	UPSTREAM_UNAVAILABLE("upstream-unavailable", "Service unavailable", 503),
	UPSTREAM_TIMEOUT("upstream-timeout", "Service timed out", 504);

	private static final String BASE = "https://plaza.dev/problems/";

	private final String slug;

	private final String title;

	private final int status;

	EdgeProblem(String slug, String title, int status) {
		this.slug = slug;
		this.title = title;
		this.status = status;
	}

	public URI type() {
		return URI.create(BASE + slug);
	}

	public String title() {
		return title;
	}

	public int status() {
		return status;
	}
}
