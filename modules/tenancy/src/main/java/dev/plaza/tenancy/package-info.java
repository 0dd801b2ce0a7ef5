/**
 * Tenancy: organizations and their tenants, one per environment ({@code demo}, {@code staging},
 * {@code production}), each an isolated data space. Other modules look tenants up through
 * {@link dev.plaza.tenancy.TenantDirectory}.
 */
@ApplicationModule(allowedDependencies = { "platform" })
package dev.plaza.tenancy;

import org.springframework.modulith.ApplicationModule;
