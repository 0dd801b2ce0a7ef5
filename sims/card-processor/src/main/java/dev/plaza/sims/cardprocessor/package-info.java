/**
 * A simulated card processor ({@link dev.plaza.sims.cardprocessor.CardProcessorSimulator}): a
 * Stripe-like charges API over HTTP with test tokens and signed webhooks, on the JDK's HTTP server.
 */
package dev.plaza.sims.cardprocessor;
