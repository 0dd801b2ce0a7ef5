package dev.plaza.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in for authentication, which binds the tenant in the real app: the platform's own tests bind
 * the tenant their request names in {@code X-Test-Tenant}, before the idempotency filter runs.
 */
public final class TestTenantFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Test-Tenant";

	public static FilterRegistrationBean<OncePerRequestFilter> registration() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new TestTenantFilter());
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 200);
		return registration;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try (TenantContext.Scope scope = TenantContext.open(TenantId.of(request.getHeader(HEADER)))) {
			chain.doFilter(request, response);
		}
	}
}
