package dev.plaza.audit;

import java.time.Instant;

import dev.plaza.platform.TenantId;

/**
 * A tenant's audit chain head as published on a day: whoever keeps it can later tell whether the
 * history up to it was rewritten (verification would then name a different head, or an invalid entry).
 *
 * @param day the UTC day this publication is for, as {@code 2026-12-07}
 * @param entries how many entries the chain held
 * @param head the hash of the last of them (64 lowercase hex digits)
 * @param at when it was published
 */
public record AuditHeadPublished(TenantId tenant, String day, long entries, String head, Instant at) {
}
