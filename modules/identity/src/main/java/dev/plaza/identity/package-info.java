/**
 * Identity: the OAuth 2.0 authorization server (client credentials), tenants' API clients and
 * their scopes, token signing keys, and the API's resource-server security that binds each
 * request to the tenant named in its token.
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "tenancy" })
package dev.plaza.identity;

import org.springframework.modulith.ApplicationModule;
