package dev.plaza.identity.web;

import java.io.IOException;

import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.platform.ServiceCalls;
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
 * Another Plaza service's token acts for the tenant its call names in {@value ServiceCalls#TENANT_HEADER},
 * the tenant of the request or event that led to the call.
 */
public class TenantBindingFilter extends OncePerRequestFilter {

	static final String TENANT_CLAIM = "tenant";

	public static final String PLATFORM_ADMIN = "SCOPE_platform:admin";

	public static final String SERVICE = "SCOPE_" + ServiceCalls.SCOPE;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		TenantId tenant = tenantOf(SecurityContextHolder.getContext().getAuthentication(), request);
		if (tenant == null) {
			chain.doFilter(request, response);
			return;
		}
		try (TenantContext.Scope scope = TenantContext.open(tenant)) {
			chain.doFilter(request, response);
		}
	}

	private static TenantId tenantOf(Authentication authentication, HttpServletRequest request) {
		if (!(authentication instanceof JwtAuthenticationToken token)) {
			return null;
		}
		String tenant = token.getToken().getClaimAsString(TENANT_CLAIM);
		if (tenant != null) {
			return TenantId.of(tenant);
		}
		if (granted(token, SERVICE)) {
			String named = request.getHeader(ServiceCalls.TENANT_HEADER);
			return named == null ? null : TenantId.of(named);
		}
		return granted(token, PLATFORM_ADMIN) ? TenantId.PLATFORM : null;
	}

	private static boolean granted(JwtAuthenticationToken token, String authority) {
		return token.getAuthorities().stream().anyMatch(granted -> authority.equals(granted.getAuthority()));
	}
}
