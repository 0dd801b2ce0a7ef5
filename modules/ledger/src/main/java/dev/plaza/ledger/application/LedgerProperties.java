package dev.plaza.ledger.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ledger settings ({@code plaza.ledger.*}): how much one group commit may carry and how much may wait for one.
 *
 * @param groupMaxTransfers transfers one group applies in one database transaction at most
 * @param maxQueuedRequests requests a tenant's lane holds waiting for their group; past it, a request is refused at
 * once rather than applied after its caller gave up (one meeting an empty lane is always admitted)
 * @param maxQueuedTransfers transfers a tenant's lane holds waiting, refused past it the same way
 * @param expiryInterval how often pending transfers past their timeout are released
 * @param writerConnections connections the group-commit writers have to themselves (made like the application
 * pool's), so that requests queued for the shared pool never hold up the group they will wait for
 */
@ConfigurationProperties("plaza.ledger")
public record LedgerProperties(@DefaultValue("16000") int groupMaxTransfers, @DefaultValue("2000") int maxQueuedRequests,
		@DefaultValue("48000") int maxQueuedTransfers, @DefaultValue("500ms") Duration expiryInterval,
		@DefaultValue("4") int writerConnections) {
}
