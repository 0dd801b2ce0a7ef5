/**
 * Notifications: e-mail over SMTP, signed webhooks to tenants' own endpoints, and mass e-mail
 * campaigns. Other modules send e-mail through {@link dev.plaza.notifications.Emails} and publish
 * webhook events through {@link dev.plaza.notifications.Webhooks}, both inside their own
 * transaction; delivery happens after it commits, in the background, at most once per dedup key.
 */
@ApplicationModule(allowedDependencies = { "platform", "venues", "reservations", "ledger", "audit" })
package dev.plaza.notifications;

import org.springframework.modulith.ApplicationModule;
