/**
 * Payments: payment intents charged through a card processor over HTTP. Confirming charges the
 * customer's payment method within a time budget; what the processor leaves pending — or does not
 * answer in time — is settled later by its signed webhooks or by a verification job that asks it.
 * Every payment is charged at most once, and each outcome is published exactly once:
 * {@link dev.plaza.payments.PaymentSucceeded}, {@link dev.plaza.payments.PaymentFailed},
 * {@link dev.plaza.payments.PaymentRefunded}. Other modules (orders) use
 * {@link dev.plaza.payments.PaymentIntents}.
 */
@ApplicationModule(allowedDependencies = { "platform" })
package dev.plaza.payments;

import org.springframework.modulith.ApplicationModule;
