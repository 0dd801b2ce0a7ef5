package dev.plaza.orders.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Orders settings; a tenant's own settings ({@code PUT /api/v1/orders/settings}) override the first three.
 *
 * @param country where a tenant sells until it says otherwise (ISO 3166 alpha-2): its tax rules apply
 * @param currency what a tenant sells in until it says otherwise (ISO 4217)
 * @param paymentDeadline how long an order awaits payment before it expires
 * @param platformFeeBasisPoints the platform's share of each payment (300 = 3 %)
 * @param expiryInterval how often the expiry job looks for orders past their deadline
 * @param supportRefundLimit the largest refund, in minor units of the order's currency, a caller holding
 * only {@code orders:refund} (the {@code support} role) may give; larger ones need {@code orders:write}
 */
@ConfigurationProperties("plaza.orders")
public record OrdersProperties(@DefaultValue("ES") String country, @DefaultValue("EUR") String currency,
		@DefaultValue("15m") Duration paymentDeadline, @DefaultValue("300") int platformFeeBasisPoints,
		@DefaultValue("5s") Duration expiryInterval, @DefaultValue("5000") long supportRefundLimit) {
}
