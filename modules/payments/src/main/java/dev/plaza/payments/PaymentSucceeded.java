package dev.plaza.payments;

import java.time.Instant;

import dev.plaza.platform.Money;
import dev.plaza.platform.TenantId;

/** The customer was charged {@code amount}; published once per payment, however many times the processor says so. */
public record PaymentSucceeded(TenantId tenant, PaymentId paymentId, PaymentReference reference, Money amount,
		Instant succeededAt) {
}
