package dev.plaza.identity.application;

import java.util.List;

import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Shapes access tokens as RFC 9068 JWTs: header {@code typ: at+jwt}, {@code aud} the resource they
 * open (not the client), {@code client_id}, and the client's tenant as the {@code tenant} claim.
 */
class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	static final String TENANT = "tenant";

	static final String CLIENT_ID = "client_id";

	private final TokenAuthority authority;

	AccessTokenClaims(TokenAuthority authority) {
		this.authority = authority;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			return;
		}
		context.getJwsHeader().type("at+jwt");
		context.getClaims()
			.audience(List.of(authority.audience()))
			.claim(CLIENT_ID, context.getRegisteredClient().getClientId());
		Object tenant = context.getRegisteredClient().getClientSettings().getSetting(ClientRegistry.TENANT_SETTING);
		if (tenant != null) {
			context.getClaims().claim(TENANT, tenant.toString());
		}
	}
}
