/**
 * Orders: carts of products and seat holds become orders awaiting payment, priced with the tenant's
 * country tax rules; a paid order is settled in the ledger and confirmed in the background — seats
 * sold, stock taken off the shelf, tickets issued — exactly once, whatever is retried or redelivered.
 * A cancelled showtime voids its tickets and cancels or partly refunds the orders that had seats for it.
 * It publishes {@link dev.plaza.orders.OrderPaid}, {@link dev.plaza.orders.OrderConfirmed},
 * {@link dev.plaza.orders.OrderCancelled}, {@link dev.plaza.orders.OrderExpired} and
 * {@link dev.plaza.orders.OrderRefunded}.
 */
@ApplicationModule(allowedDependencies = { "platform", "venues", "products", "reservations", "inventory", "payments", "ledger", "notifications", "audit", "rules" })
package dev.plaza.orders;

import org.springframework.modulith.ApplicationModule;
