package dev.plaza.audit.web;

import java.io.IOException;

import dev.plaza.audit.application.ApiCall;
import dev.plaza.audit.application.Callers;
import dev.plaza.platform.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes who makes the current API call and for which tenant, once authentication has said so: it runs
 * after the security filters (and before the idempotency filter, whose replays and refusals are calls too).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 200)
class CallerCapture extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return ApiCall.current() == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ApiCall call = ApiCall.current();
		call.authenticated(Callers.actor(), TenantContext.current().orElse(null));
		chain.doFilter(request, response);
	}
}
