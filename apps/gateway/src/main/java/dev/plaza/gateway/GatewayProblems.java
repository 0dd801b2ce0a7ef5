package dev.plaza.gateway;

import dev.plaza.platform.ProblemType;

/**
 * The failures only the gateway answers, beside the common ones it shares with Plaza's services
 * ({@link ProblemType#UNAUTHORIZED}, {@link ProblemType#PAYLOAD_TOO_LARGE} …), so clients switch on one
 * set of {@code type} URIs.
 */
public final class GatewayProblems {

	public static final ProblemType RATE_LIMITED = new ProblemType("rate-limited", "Too many requests", 429);
	public static final ProblemType UPSTREAM_UNREACHABLE = new ProblemType("upstream-unreachable", "Service unreachable", 502);
	public static final ProblemType UPSTREAM_UNAVAILABLE = new ProblemType("upstream-unavailable", "Service unavailable", 503);
	public static final ProblemType UPSTREAM_TIMEOUT = new ProblemType("upstream-timeout", "Service timed out", 504);

	private GatewayProblems() {
	}
}
