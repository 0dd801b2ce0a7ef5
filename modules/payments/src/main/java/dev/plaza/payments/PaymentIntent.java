package dev.plaza.payments;

import java.time.Instant;

import dev.plaza.platform.Money;

/**
 * A payment as it stands when read.
 *
 * @param paymentMethod the token it was confirmed with, or null before confirmation
 * @param failureCode why the processor refused it (such as {@code generic_decline}), or null
 * @param refunded how much has been given back so far
 */
public record PaymentIntent(PaymentId id, PaymentReference reference, Money amount, PaymentStatus status,
		PaymentMethod paymentMethod, String failureCode, Money refunded, Instant createdAt) {
}
