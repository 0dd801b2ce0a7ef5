package dev.plaza.identity.security;

import java.io.IOException;

import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the rest of the request to the tenant its token names: a tenant client's {@code tenant}
 * claim, or the platform scope for the platform administrator's tokens, which carry no tenant.
 */
class TenantBindingFilter extends OncePerRequestFilter {

	static final String TENANT_CLAIM = "tenant";

	static final String PLATFORM_ADMIN = "SCOPE_platform:admin";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		TenantId tenant = tenantOf(SecurityContextHolder.getContext().getAuthentication());
		if (tenant == null) {
			chain.doFilter(request, response);
			return;
		}
		try (TenantContext.Scope scope = TenantContext.open(tenant)) {
			chain.doFilter(request, response);
		}
	}

	private static TenantId tenantOf(Authentication authentication) {
		if (!(authentication instanceof JwtAuthenticationToken token)) {
			return null;
		}
		String tenant = token.getToken().getClaimAsString(TENANT_CLAIM);
		if (tenant != null) {
			return TenantId.of(tenant);
		}
		boolean admin = token.getAuthorities().stream().anyMatch(a -> PLATFORM_ADMIN.equals(a.getAuthority()));
		return admin ? TenantId.PLATFORM : null;
	}
}
