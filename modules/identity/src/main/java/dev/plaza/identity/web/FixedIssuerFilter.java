package dev.plaza.identity.web;

import java.io.IOException;

import dev.plaza.identity.application.TokenAuthority;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContext;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives the authorization server's endpoints Plaza's fixed issuer. Left to itself, with no issuer
 * configured, the server takes it from each request's URL — its {@code Host} header — so anyone
 * could have tokens and metadata issued in the name of {@code http://evil.invalid}. The issuer of
 * a test or a default install is only known once the server has bound its port, after the
 * settings were built; so it is set here, per request, over the context the server derived.
 */
public final class FixedIssuerFilter extends OncePerRequestFilter {

	private final TokenAuthority authority;

	private final AuthorizationServerSettings settings;

	public FixedIssuerFilter(TokenAuthority authority, AuthorizationServerSettings settings) {
		this.authority = authority;
		this.settings = settings;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		AuthorizationServerContext derived = AuthorizationServerContextHolder.getContext();
		AuthorizationServerContextHolder.setContext(new Fixed(authority.issuer(), settings));
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (derived == null) {
				AuthorizationServerContextHolder.resetContext();
			}
			else {
				AuthorizationServerContextHolder.setContext(derived);
			}
		}
	}

	private record Fixed(String getIssuer, AuthorizationServerSettings getAuthorizationServerSettings)
			implements AuthorizationServerContext {
	}
}
