/**
 * Audit: a tamper-evident, append-only record of who did what, per tenant. Every state-changing API call is
 * recorded in the same transaction as its change (or, refused, on its own); other modules record events
 * that are not API calls (logins, failed logins, logouts, token reuse) through
 * {@link dev.plaza.audit.AuditTrail}, and GET handlers that answer personal data carry
 * {@link dev.plaza.audit.PersonalDataRead}. Entries form one SHA-256 hash chain per tenant
 * ({@link dev.plaza.audit.domain.CanonicalForm} says what each hash covers), the application's database role
 * may only insert them, and each chain's head is published daily as {@link dev.plaza.audit.AuditHeadPublished}.
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web" })
package dev.plaza.audit;

import org.springframework.modulith.ApplicationModule;
