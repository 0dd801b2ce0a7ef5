package dev.plaza.audit.application;

import java.util.Optional;
import java.util.regex.Pattern;

import dev.plaza.audit.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is calling, from where, under which request id: what every entry says about its caller. */
public final class Callers {

	/** The id the gateway gives every request (and passes on), or an edge in front of the app. */
	static final String REQUEST_ID_HEADER = "X-Request-Id";

	private static final Pattern SENSIBLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	private Callers() {
	}

	/**
	 * The caller of the current request, from its access token: {@code sub} names it, a client when
	 * {@code sub} is the token's {@code client_id} (client credentials), else a user. Anonymous without
	 * a valid token.
	 */
	public static Actor actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof ClaimAccessor token)) {
			return Actor.ANONYMOUS;
		}
		String subject = token.getClaimAsString("sub");
		if (subject == null) {
			return Actor.ANONYMOUS;
		}
		return subject.equals(token.getClaimAsString("client_id")) ? Actor.client(subject) : Actor.user(subject);
	}

	/**
	 * The caller's address as the app sees it: the connection's peer, or the client an edge in front of the
	 * app named in {@code X-Forwarded-For} when the server is configured to believe that edge.
	 */
	public static String address(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

	/**
	 * The request's id: the {@code X-Request-Id} the gateway (or another edge) gave it, else the trace id
	 * its logs carry, else none.
	 */
	public static String requestId(HttpServletRequest request) {
		String sent = request.getHeader(REQUEST_ID_HEADER);
		if (sent != null && SENSIBLE_ID.matcher(sent).matches()) {
			return sent;
		}
		return MDC.get("traceId");
	}

	/** The HTTP request this thread serves, if any. */
	public static Optional<HttpServletRequest> currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? Optional.of(attributes.getRequest()) : Optional.empty();
	}
}
