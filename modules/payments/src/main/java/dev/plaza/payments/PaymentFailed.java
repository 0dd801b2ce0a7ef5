package dev.plaza.payments;

import dev.plaza.platform.Money;
import dev.plaza.platform.TenantId;

/**
 * The processor refused the charge (a declined card, say); nothing was charged and the payment is final.
 * Published once per payment.
 *
 * @param failureCode the processor's reason, such as {@code generic_decline}
 */
public record PaymentFailed(TenantId tenant, PaymentId paymentId, PaymentReference reference, Money amount,
		String failureCode) {
}
