/**
 * Back office: the staff web UI under {@code /admin} — today's figures, people and roles, API
 * clients, the audit log, country and tenant configuration. Staff log in through Plaza's own
 * authorization server (authorization code + PKCE); every page reads and writes through Plaza's
 * published HTTP API with the person's access token, so the person's tenant, scopes and the audit
 * log apply exactly as they do to any other caller. It can be served on a port of its own
 * ({@code PLAZA_ADMIN_PORT}), apart from customer traffic.
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web" })
package dev.plaza.backoffice;

import org.springframework.modulith.ApplicationModule;
