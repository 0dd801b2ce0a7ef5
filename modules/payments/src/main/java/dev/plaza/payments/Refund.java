package dev.plaza.payments;

import java.time.Instant;

import dev.plaza.platform.Money;

/** Money given back from a succeeded payment, as it stands when read. */
public record Refund(RefundId id, PaymentId paymentId, Money amount, RefundStatus status, Instant createdAt) {
}
