package dev.plaza.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.plaza.identity.application.RevokedTokens;
import dev.plaza.identity.application.StaffSessions;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's own sessions: one per app they logged into. Only a person's token (one issued by the
 * login, carrying {@code sid}) may call these; a client's token has no sessions.
 */
@RestController
@RequestMapping("/api/v1/me/sessions")
class SessionController {

	private final StaffSessions sessions;

	SessionController(StaffSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@ApiResponse(responseCode = "200")
	@ApiResponse(responseCode = "403", description = "A client's token, not a person's")
	@Operation(summary = "The caller's sessions", description = "Each app the person is logged into; `current` marks "
			+ "the session of the token making the call. Needs a person's token.")
	List<SessionView> list(@AuthenticationPrincipal Jwt token) {
		String current = sessionOf(token);
		return sessions.of(UUID.fromString(token.getSubject())).stream()
			.map(session -> new SessionView(session.id(), session.clientName(), session.created(), session.lastUsed(),
					session.id().equals(current)))
			.toList();
	}

	/** Ends the session: its refresh token and every access token issued under it stop working at once. */
	@DeleteMapping("/{sessionId}")
	@PreAuthorize("isAuthenticated()")
	@ApiResponse(responseCode = "204")
	@ApiResponse(responseCode = "403", description = "A client's token, not a person's")
	@ApiResponse(responseCode = "404", description = "No such session of the caller's")
	ResponseEntity<Void> end(@AuthenticationPrincipal Jwt token, @PathVariable String sessionId) {
		sessionOf(token);
		sessions.end(UUID.fromString(token.getSubject()), sessionId);
		return ResponseEntity.noContent().build();
	}

	private static String sessionOf(Jwt token) {
		String session = token.getClaimAsString(RevokedTokens.SESSION_CLAIM);
		if (session == null) {
			throw new Problem(ProblemType.FORBIDDEN, "Sessions belong to people: call this with a token a person got by "
					+ "logging in through an app, not with a client's token.");
		}
		return session;
	}

	record SessionView(String id, @Schema(nullable = true) String clientName, @Schema(nullable = true) Instant created,
			@Schema(nullable = true) Instant lastUsed, boolean current) {
	}
}
