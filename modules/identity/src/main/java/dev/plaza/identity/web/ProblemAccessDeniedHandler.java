package dev.plaza.identity.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.plaza.platform.ProblemType;
import dev.plaza.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a valid token that lacks the endpoint's scope with 403 and an insufficient_scope challenge;
 * when the endpoint's scopes are known, the problem names them ({@code requiredScopes}).
 */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	static final String DETAIL = "The access token lacks the scope this endpoint needs. "
			+ "Use a client that was granted it, and request a new token.";

	private final BearerTokenAccessDeniedHandler challenge = new BearerTokenAccessDeniedHandler();

	private final ProblemResponses problems;

	public ProblemAccessDeniedHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		challenge.handle(request, response, denied);
		problems.write(response, ProblemType.FORBIDDEN, DETAIL, request.getRequestURI());
	}

	/** The 403 for an endpoint that needs one of {@code scopes}. */
	void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied,
			List<String> scopes) throws IOException {
		if (scopes.isEmpty()) {
			handle(request, response, denied);
			return;
		}
		challenge.handle(request, response, denied);
		String named = scopes.stream().map(scope -> "'" + scope + "'").collect(Collectors.joining(" or "));
		problems.write(response, ProblemType.FORBIDDEN, "This endpoint needs scope " + named
				+ ", which the access token lacks. Use a client that was granted it, and request a new token.",
				request.getRequestURI(), Map.of("requiredScopes", scopes));
	}
}
