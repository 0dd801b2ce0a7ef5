package dev.plaza.identity.application;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;

/**
 * What a token signed by Plaza's key must also say to be accepted: an RFC 9068 access token
 * ({@code typ: at+jwt}) with a {@code jti} and an {@code exp}, unexpired, issued by {@link TokenAuthority#issuer()} for
 * {@link TokenAuthority#audience()}. A key that signed a token
 * for another issuer or resource does not open this API.
 */
public final class AcceptedTokens {

	private AcceptedTokens() {
	}

	public static OAuth2TokenValidator<Jwt> validator(TokenAuthority authority) {
		return new DelegatingOAuth2TokenValidator<>(new JwtTypeValidator("at+jwt", "application/at+jwt"),
				new JwtTimestampValidator(), AcceptedTokens::identified, jwt -> unlessUnknown(() -> issuedBy(jwt, authority)),
				jwt -> unlessUnknown(() -> issuedFor(jwt, authority)));
	}

	/** While the issuer cannot be learnt (identity-service unreachable), no token can be accepted. */
	private static OAuth2TokenValidatorResult unlessUnknown(Supplier<OAuth2TokenValidatorResult> check) {
		try {
			return check.get();
		}
		catch (RuntimeException unknown) {
			return refused("The token's issuer cannot be checked now (" + unknown.getMessage() + "); try again shortly");
		}
	}

	/**
	 * Revocation names a token by its {@code jti} until its {@code exp}; without either (both
	 * required by RFC 9068) it could never be revoked.
	 */
	private static OAuth2TokenValidatorResult identified(Jwt jwt) {
		return jwt.getId() != null && !jwt.getId().isBlank() && jwt.getExpiresAt() != null
				? OAuth2TokenValidatorResult.success() : refused("The token lacks a jti or an exp");
	}

	private static OAuth2TokenValidatorResult issuedBy(Jwt jwt, TokenAuthority authority) {
		String issuer = jwt.getClaimAsString("iss");
		return authority.issuer().equals(issuer) ? OAuth2TokenValidatorResult.success()
				: refused("The token was issued by '" + issuer + "', not by " + authority.issuer());
	}

	private static OAuth2TokenValidatorResult issuedFor(Jwt jwt, TokenAuthority authority) {
		List<String> audience = jwt.getAudience();
		return audience != null && audience.contains(authority.audience()) ? OAuth2TokenValidatorResult.success()
				: refused("The token is not for this resource (aud " + audience + ", expected " + authority.audience() + ")");
	}

	private static OAuth2TokenValidatorResult refused(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
	}
}
