package dev.plaza.payments.processor;

import dev.plaza.payments.PaymentId;
import dev.plaza.payments.PaymentMethod;
import dev.plaza.payments.PaymentReference;
import dev.plaza.platform.Money;
import dev.plaza.platform.TenantId;

/** One charge; the tenant and payment travel as the charge's metadata and come back in webhooks. */
public record ChargeRequest(TenantId tenant, PaymentId payment, PaymentReference reference, Money amount,
		PaymentMethod method) {
}
