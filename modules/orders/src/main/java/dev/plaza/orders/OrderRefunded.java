package dev.plaza.orders;

import dev.plaza.platform.Money;
import dev.plaza.platform.TenantId;

/** Money was given back to the customer; {@code refundedTotal} is all given back so far. */
public record OrderRefunded(TenantId tenant, OrderId orderId, Money amount, Money refundedTotal) {
}
