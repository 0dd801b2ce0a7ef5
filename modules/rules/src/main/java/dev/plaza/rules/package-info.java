/**
 * Rules: the platform's central configuration, one versioned, effective-dated document per
 * country with per-tenant overrides inside what the country allows, and validation rules as data
 * (CEL rule sets). Other modules read configuration through {@link dev.plaza.rules.Configurations}
 * and evaluate rule sets through {@link dev.plaza.rules.Rules}; a change publishes
 * {@link dev.plaza.rules.ConfigurationChanged}.
 */
@ApplicationModule(allowedDependencies = { "platform" })
package dev.plaza.rules;

import org.springframework.modulith.ApplicationModule;
