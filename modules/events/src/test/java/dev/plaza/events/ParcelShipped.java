package dev.plaza.events;

import java.util.UUID;

import dev.plaza.platform.TenantId;

/**
 * A module event of the tests, as any module publishes one: a record in a module's root package,
 * led by its tenant, then the aggregate it happened to.
 */
record ParcelShipped(TenantId tenant, UUID parcel) {
}
