package dev.plaza.ledger;

import java.time.Instant;
import java.util.List;

import dev.plaza.platform.TenantId;

/** Transfers applied together in one commit; other modules (analytics, settlement) follow them. */
public record TransfersPosted(TenantId tenant, List<TransferId> transfers, Instant postedAt) {
}
