package dev.plaza.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Scope checks on controller methods fail inside Spring MVC, before the security filters could
 * answer; this hands them to the same 403 answer.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScopeDeniedAdvice {

	private final ProblemAccessDeniedHandler denied;

	ScopeDeniedAdvice(ProblemAccessDeniedHandler denied) {
		this.denied = denied;
	}

	@ExceptionHandler(AccessDeniedException.class)
	void handle(AccessDeniedException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		denied.handle(request, response, ex);
	}
}
