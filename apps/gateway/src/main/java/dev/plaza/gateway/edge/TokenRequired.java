package dev.plaza.gateway.edge;

import java.io.IOException;

import dev.plaza.gateway.EdgeProblem;
import dev.plaza.gateway.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a missing, expired or forged token as Plaza does: 401 with the standard
 * {@code WWW-Authenticate} challenge and a problem body saying how to get a valid token.
 */
final class TokenRequired implements AuthenticationEntryPoint {

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	private final Problems problems;

	TokenRequired(Problems problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		challenge.commence(request, response, failure);
		String detail = failure instanceof InvalidBearerTokenException
				? "The access token was rejected (" + failure.getMessage() + "). Get a new one at POST /oauth2/token."
				: "This endpoint needs an access token: send 'Authorization: Bearer <token>', with a token from POST /oauth2/token.";
		problems.write(response, EdgeProblem.UNAUTHORIZED, detail, request.getRequestURI());
	}
}
