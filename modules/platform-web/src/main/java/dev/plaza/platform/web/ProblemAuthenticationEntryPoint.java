package dev.plaza.platform.web;

import java.io.IOException;

import dev.plaza.platform.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a missing, expired or forged token with 401: the standard {@code WWW-Authenticate}
 * challenge, and a problem body saying how to get a valid token. Plaza's apps and its gateway answer
 * alike with it.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	private final ProblemResponses problems;

	public ProblemAuthenticationEntryPoint(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		challenge.commence(request, response, failure);
		String detail = failure instanceof InvalidBearerTokenException
				? "The access token was rejected (" + failure.getMessage() + "). Get a new one at POST /oauth2/token."
				: "This endpoint needs an access token: send 'Authorization: Bearer <token>', with a token from POST /oauth2/token.";
		problems.write(response, ProblemType.UNAUTHORIZED, detail, request.getRequestURI());
	}
}
