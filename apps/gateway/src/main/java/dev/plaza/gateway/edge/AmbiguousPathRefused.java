package dev.plaza.gateway.edge;

import java.io.IOException;

import dev.plaza.platform.ProblemType;
import dev.plaza.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers a path Spring Security's firewall refuses (path parameters, an encoded slash, dot, semicolon or
 * percent sign, a backslash, empty or dot segments) as a problem, as nginx does. Left to the default
 * handler the refusal became an error dispatch, which the catch-all route forwarded to Plaza as
 * {@code /error} and answered with Plaza's 200.
 */
final class AmbiguousPathRefused implements RequestRejectedHandler {

	private final ProblemResponses problems;

	AmbiguousPathRefused(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refused)
			throws IOException {
		problems.write(response, ProblemType.INVALID_PATH, "The path has a segment servers read differently: path"
				+ " parameters (;), a backslash, an encoded slash, backslash, dot, semicolon or percent sign (%2F, %5C,"
				+ " %2E, %3B, %25), an empty segment (//), or a . or .. segment. Send the plain path, such as"
				+ " /api/v1/ledger/accounts.", request.getRequestURI());
	}
}
