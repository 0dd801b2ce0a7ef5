package dev.plaza.orders;

import dev.plaza.platform.TenantId;

/** The order will not be completed; what it kept is released and anything paid is refunded. */
public record OrderCancelled(TenantId tenant, OrderId orderId, String reason) {
}
