/**
 * Identity: the OAuth 2.0 authorization server (client credentials for partners; the authorization
 * code with PKCE, OpenID Connect, login pages, sessions and logout for people), tenants' API clients
 * and public clients and their scopes, token signing keys, and the API's resource-server security
 * that binds each request to the tenant named in its token; organizations' people (staff), their roles, passwords,
 * lockout, second factor and the e-mailed links that invite them and reset their passwords.
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "tenancy", "notifications", "audit" })
package dev.plaza.identity;

import org.springframework.modulith.ApplicationModule;
