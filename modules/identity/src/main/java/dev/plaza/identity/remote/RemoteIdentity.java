package dev.plaza.identity.remote;

import dev.plaza.identity.web.ApiSecurityConfiguration;
import dev.plaza.identity.web.ScopeDeniedAdvice;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Identity's resource-server side for a service app that does not hold identity: import this. The
 * app's API is secured as the all-in-one app's is, and, with
 * {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} set, tokens are checked against
 * identity-service's published keys, issuer and revocation list.
 */
@Configuration(proxyBeanMethods = false)
@Import({ ApiSecurityConfiguration.class, ScopeDeniedAdvice.class, IdentityServiceKeys.class })
public class RemoteIdentity {
}
