package dev.plaza.orders;

import dev.plaza.platform.TenantId;

/** The order was not paid before its deadline; its seat holds and stock reservations were released. */
public record OrderExpired(TenantId tenant, OrderId orderId) {
}
