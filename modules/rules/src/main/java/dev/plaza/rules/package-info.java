/**
 * Rules: the platform's central configuration, one versioned, effective-dated document per
 * country with per-tenant overrides inside what the country allows, and validation rules as data
 * (CEL rule sets). Other modules read configuration through {@link dev.plaza.rules.Configurations}
 * and evaluate rule sets through {@link dev.plaza.rules.Rules}; a change publishes
 * {@link dev.plaza.rules.ConfigurationChanged}.
 *
 * <p>Over HTTP: the platform operator ({@code platform:admin}) publishes country versions; any
 * authenticated caller reads them and the published JSON Schema; a tenant reads its own configuration
 * with {@code tenant:read} and changes its country and overrides with {@code config:write} (owners,
 * admins and tenant clients granted it). Every instance serves configuration from memory and applies
 * changes committed anywhere within about half a second by polling the change revisions (one small
 * query), in the standalone and the scaled deployment alike.
 */
@ApplicationModule(allowedDependencies = { "platform" })
package dev.plaza.rules;

import org.springframework.modulith.ApplicationModule;
