/**
 * The {@link dev.plaza.tenancy.TenantDirectory} and {@link dev.plaza.tenancy.Organizations} served over HTTP to the services that do not hold
 * tenancy, and the client those services look tenants up and found organizations through
 * ({@link dev.plaza.tenancy.remote.RemoteTenancy}).
 */
package dev.plaza.tenancy.remote;
