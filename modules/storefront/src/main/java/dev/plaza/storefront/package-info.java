/**
 * Storefront: a tenant's public pages — its cities, what is showing in each, every movie, the shop's
 * products with their search and product pages, a sitemap — rendered on the server for people and
 * search engines, at the white-label domain the platform operator mapped to the tenant. It only reads
 * the catalog and stock and publishes nothing.
 */
@ApplicationModule(allowedDependencies = { "platform", "tenancy", "venues", "products", "inventory" })
package dev.plaza.storefront;

import org.springframework.modulith.ApplicationModule;
