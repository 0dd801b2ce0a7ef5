package dev.plaza.orders;

import dev.plaza.platform.Money;
import dev.plaza.platform.TenantId;

/** The order's payment succeeded: it is confirmed next, in the background. */
public record OrderPaid(TenantId tenant, OrderId orderId, Money paid) {
}
