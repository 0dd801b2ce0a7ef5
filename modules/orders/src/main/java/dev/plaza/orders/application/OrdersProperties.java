package dev.plaza.orders.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Orders settings. Where a tenant sells, in what currency and how long an order awaits payment come from
 * its configuration (the rules module) until it sets its own with {@code PUT /api/v1/orders/settings}.
 *
 * @param platformFeeBasisPoints the platform's share of each payment (300 = 3 %)
 * @param expiryInterval how often the expiry job looks for orders past their deadline
 * @param supportRefundLimit the largest refund, in minor units of the order's currency, a caller holding
 * only {@code orders:refund} (the {@code support} role) may give; larger ones need {@code orders:write}
 */
@ConfigurationProperties("plaza.orders")
public record OrdersProperties(@DefaultValue("300") int platformFeeBasisPoints,
		@DefaultValue("5s") Duration expiryInterval, @DefaultValue("5000") long supportRefundLimit) {
}
