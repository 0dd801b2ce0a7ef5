package dev.plaza.identity.remote;

import dev.plaza.identity.application.TokenAuthority;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The issuer a service app expects: {@code plaza.identity.issuer} when set, else the one
 * identity-service names in its metadata, asked once, when the first token arrives. The service
 * reaches identity-service by an internal address; the issuer is whatever identity-service fixed.
 */
final class IdentityServiceIssuer implements TokenAuthority {

	private final RestClient identity;

	private final String audience;

	private volatile String issuer;

	IdentityServiceIssuer(RestClient identity, String configuredIssuer, String configuredAudience) {
		this.identity = identity;
		this.issuer = configuredIssuer.isBlank() ? null : configuredIssuer;
		this.audience = configuredAudience;
	}

	@Override
	public String issuer() {
		String known = issuer;
		if (known == null) {
			JsonNode metadata = identity.get().uri("/.well-known/oauth-authorization-server").retrieve().body(JsonNode.class);
			known = metadata.get("issuer").asString();
			issuer = known;
		}
		return known;
	}

	@Override
	public String audience() {
		return audience.isBlank() ? issuer() : audience;
	}
}
