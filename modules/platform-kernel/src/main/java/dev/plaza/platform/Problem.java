package dev.plaza.platform;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A failure the caller caused, answered as {@code application/problem+json}. The detail says
 * how to fix the request; extra properties (such as the offending ids) travel with it.
 */
public class Problem extends RuntimeException {

	private final ProblemType type;

	private final Map<String, Object> properties;

	private Duration retryAfter;

	public Problem(ProblemType type, String detail) {
		this(type, detail, Map.of());
	}

	public Problem(ProblemType type, String detail, Map<String, Object> properties) {
		super(detail, null, false, false);
		this.type = type;
		this.properties = new LinkedHashMap<>(properties);
	}

	public static Problem notFound(String what, Object id) {
		return new Problem(ProblemType.NOT_FOUND, "No " + what + " with id " + id + " exists.");
	}

	public ProblemType type() {
		return type;
	}

	public Map<String, Object> properties() {
		return Map.copyOf(properties);
	}

	/** Tells the caller when trying again makes sense (a {@code Retry-After} header), for 429 and 503. */
	public Problem retryAfter(Duration wait) {
		this.retryAfter = wait;
		return this;
	}

	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(retryAfter);
	}
}
