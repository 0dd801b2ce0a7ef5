package dev.plaza.payments;

import dev.plaza.platform.Money;
import dev.plaza.platform.TenantId;

/**
 * The processor gave {@code amount} back to the customer; published once per refund.
 *
 * @param refundedTotal everything refunded from the payment so far, this refund included
 */
public record PaymentRefunded(TenantId tenant, PaymentId paymentId, RefundId refundId, PaymentReference reference,
		Money amount, Money refundedTotal) {
}
