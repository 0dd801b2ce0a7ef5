package dev.plaza.identity.web;

import java.io.IOException;
import java.util.Optional;

import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.platform.web.ProblemResponses;
import dev.plaza.tenancy.TenantDirectory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds a public request that carries no token to the tenant whose storefront domain it arrived at
 * (its {@code Host} header). A public request at a host that serves no storefront is answered
 * 404 here: there is no tenant whose data it could see.
 */
public class StorefrontTenantFilter extends OncePerRequestFilter {

	static final ProblemType UNKNOWN_STOREFRONT = new ProblemType("unknown-storefront", "Unknown storefront", 404);

	private final RequestMatcher publicReads;

	private final TenantDirectory directory;

	private final ProblemResponses problems;

	public StorefrontTenantFilter(RequestMatcher publicReads, TenantDirectory directory, ProblemResponses problems) {
		this.publicReads = publicReads;
		this.directory = directory;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return TenantContext.current().isPresent() || !publicReads.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String host = request.getHeader("Host");
		Optional<TenantId> tenant = directory.servedAt(host);
		if (tenant.isEmpty()) {
			problems.write(response, UNKNOWN_STOREFRONT, "No storefront is served at host '" + host
					+ "'. Call through a domain the platform operator mapped to the tenant "
					+ "(PUT /api/v1/tenants/{tenantId}/domains/{domain}), or send a tenant's access token.",
					request.getRequestURI());
			return;
		}
		try (TenantContext.Scope scope = TenantContext.open(tenant.get())) {
			chain.doFilter(request, response);
		}
	}
}
