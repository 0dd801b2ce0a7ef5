package dev.plaza.identity.authserver;

import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/** Puts the client's tenant into its access tokens as the {@code tenant} claim. */
class TenantClaim implements OAuth2TokenCustomizer<JwtEncodingContext> {

	static final String CLAIM = "tenant";

	@Override
	public void customize(JwtEncodingContext context) {
		if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			return;
		}
		Object tenant = context.getRegisteredClient().getClientSettings().getSetting(ClientRegistry.TENANT_SETTING);
		if (tenant != null) {
			context.getClaims().claim(CLAIM, tenant.toString());
		}
	}
}
