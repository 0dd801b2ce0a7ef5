package dev.plaza.platform.web;

import java.util.function.Function;

import dev.plaza.platform.ProblemType;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Paths servers read differently (path parameters, an encoded slash, dot, semicolon or percent sign, a
 * backslash, empty or dot segments) are refused by Spring Security's firewall as an {@code invalid-path}
 * problem, in Plaza's services and in the gateway alike; these are the two pieces each installs.
 */
public final class AmbiguousPaths {

	private AmbiguousPaths() {
	}

	/**
	 * Lets an encoded slash ({@code %2F}) through Tomcat, which would refuse it with its own page without
	 * saying why, on to the firewall (or a filter that reads it first).
	 */
	public static TomcatConnectorCustomizer encodedSlashesPassThrough() {
		return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
	}

	/** Answers each path the firewall refuses as an {@code invalid-path} problem with this detail. */
	public static RequestRejectedHandler refusedAsProblem(ProblemResponses problems,
			Function<RequestRejectedException, String> detail) {
		return (request, response, refused) -> problems.write(response, ProblemType.INVALID_PATH, detail.apply(refused),
				request.getRequestURI());
	}
}
