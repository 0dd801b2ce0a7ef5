/**
 * Storefront: a tenant's public pages — its cities, what is showing in each, every movie, a sitemap —
 * rendered on the server for people and search engines, at the white-label domain the platform
 * operator mapped to the tenant. It only reads the catalog and publishes nothing.
 */
@ApplicationModule(allowedDependencies = { "platform", "tenancy", "venues" })
package dev.plaza.storefront;

import org.springframework.modulith.ApplicationModule;
