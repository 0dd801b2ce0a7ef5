package dev.plaza.identity.application;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The back office, Plaza's own app for staff: a public client (no secret: PKCE S256 proves the code
 * is the back office's, and its tokens stay in its server-side session), first party — it serves
 * every organization's people and asks for no consent — registered at start like the admin client.
 * Redirect URIs on loopback match on any port (RFC 8252), so {@code /admin} works on the main port
 * and on {@code PLAZA_ADMIN_PORT} alike; a deployment at a public address lists its own.
 *
 * @param redirectUris where the authorization server may send the browser back with a code
 * @param postLogoutRedirectUris where it may send the browser after logging out
 */
@ConfigurationProperties("plaza.identity.backoffice")
record BackofficeClient(@DefaultValue("http://127.0.0.1/admin/login/code/plaza") List<String> redirectUris,
		@DefaultValue("http://127.0.0.1/admin/signed-out") List<String> postLogoutRedirectUris) {

	static final String CLIENT_ID = "plaza-backoffice";
}
