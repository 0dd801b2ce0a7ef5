/**
 * The {@link dev.plaza.tenancy.TenantDirectory} served over HTTP to the services that do not hold
 * tenancy, and the client those services look tenants up through
 * ({@link dev.plaza.tenancy.remote.RemoteTenancy}).
 */
package dev.plaza.tenancy.remote;
