/**
 * The card processor as Plaza sees it: a port ({@link dev.plaza.payments.processor.CardProcessor})
 * and its adapter speaking the processor's Stripe-like HTTP protocol behind a time budget and a
 * circuit breaker, plus the verification of the processor's signed webhooks.
 */
package dev.plaza.payments.processor;
