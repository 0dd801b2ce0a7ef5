package dev.plaza.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the caller caused, answered as {@code application/problem+json}. The detail says
 * how to fix the request; extra properties (such as the offending ids) travel with it.
 */
public class Problem extends RuntimeException {

	private final ProblemType type;

	private final Map<String, Object> properties;

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
}
