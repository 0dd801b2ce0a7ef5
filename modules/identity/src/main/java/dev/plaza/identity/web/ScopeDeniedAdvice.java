package dev.plaza.identity.web;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;

/**
 * Scope checks on controller methods fail inside Spring MVC, before the security filters could
 * answer; this hands them to the same 403 answer, naming the scopes the method's
 * {@code @PreAuthorize} asks for.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ScopeDeniedAdvice {

	private static final Pattern SCOPE = Pattern.compile("'SCOPE_([^']+)'");

	private final ProblemAccessDeniedHandler denied;

	ScopeDeniedAdvice(ProblemAccessDeniedHandler denied) {
		this.denied = denied;
	}

	@ExceptionHandler(AccessDeniedException.class)
	void handle(AccessDeniedException ex, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		denied.handle(request, response, ex, requiredScopes(handler));
	}

	static List<String> requiredScopes(HandlerMethod handler) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		if (rule == null) {
			return List.of();
		}
		Matcher scopes = SCOPE.matcher(rule.value());
		return scopes.results().map(found -> found.group(1)).toList();
	}
}
