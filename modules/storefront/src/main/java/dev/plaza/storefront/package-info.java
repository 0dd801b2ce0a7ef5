/**
 * Storefront: a tenant's public pages — its cities, what is showing in each, every movie, a sitemap —
 * rendered on the server for people and search engines, at the white-label domain the platform
 * operator mapped to the tenant. It only reads the catalog and publishes nothing. Its loan pages apply,
 * follow decisions and accept offers through the lending module's services, on a lender's storefront
 * or on the platform's marketplace ({@code /marketplace/loans/apply}).
 */
@ApplicationModule(allowedDependencies = { "platform", "tenancy", "venues", "lending" })
package dev.plaza.storefront;

import org.springframework.modulith.ApplicationModule;
