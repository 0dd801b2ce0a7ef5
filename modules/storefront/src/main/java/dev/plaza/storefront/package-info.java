/**
 * Storefront: a tenant's public pages — its cities, what is showing in each, every movie, the shop's
 * products with their search and product pages, a sitemap — rendered on the server for people and
 * search engines, at the white-label domain the platform operator mapped to the tenant. It sells too,
 * through the published interfaces of orders, payments and reservations: a visitor's cart, checkout on
 * the card processor's hosted page, and the order's signed page. It reads stock from inventory and
 * publishes nothing. Its loan pages apply, follow decisions and accept offers through the lending
 * module's services, on a lender's storefront or on the platform's marketplace
 * ({@code /marketplace/loans/apply}).
 */
@ApplicationModule(allowedDependencies = { "platform", "tenancy", "venues", "orders", "payments", "reservations", "products",
		"inventory", "lending" })
package dev.plaza.storefront;

import org.springframework.modulith.ApplicationModule;
