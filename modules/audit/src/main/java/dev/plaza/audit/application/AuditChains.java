package dev.plaza.audit.application;

import java.time.Instant;
import java.util.Optional;

import dev.plaza.audit.domain.ActorKind;
import dev.plaza.audit.domain.ChainedEntry;
import dev.plaza.audit.domain.EntryContent;
import dev.plaza.audit.domain.HashChain;
import dev.plaza.audit.domain.HashChain.Head;
import dev.plaza.audit.persistence.EntryRepository;
import dev.plaza.platform.Ids;
import dev.plaza.platform.TenantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries to the tenants' chains inside the current transaction. It needs no transaction manager,
 * so the transaction manager's listeners may use it.
 */
@Component
public class AuditChains {

	private final EntryRepository entries;

	AuditChains(EntryRepository entries) {
		this.entries = entries;
	}

	/**
	 * Appends to the tenant's chain inside the current read-write transaction, which must be bound to that
	 * tenant. The chain stays locked until the transaction ends, so keep this close to its commit.
	 */
	public ChainedEntry append(TenantId tenant, Occurrence occurrence) {
		requireWritingTransaction();
		entries.lockChain(tenant);
		return appendLocked(tenant, occurrence);
	}

	/**
	 * As {@link #append}, if the current transaction has changed anything: a transaction that changed
	 * nothing records nothing, and the call it served is recorded with its answer.
	 */
	public Optional<ChainedEntry> appendIfChanged(TenantId tenant, Occurrence occurrence) {
		requireWritingTransaction();
		return entries.lockChainIfChanged(tenant) ? Optional.of(appendLocked(tenant, occurrence)) : Optional.empty();
	}

	private ChainedEntry appendLocked(TenantId tenant, Occurrence occurrence) {
		Head head = entries.head(tenant);
		ChainedEntry chained = HashChain.append(head, content(tenant, head.nextSequence(), occurrence));
		entries.insert(chained);
		return chained;
	}

	private static void requireWritingTransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalStateException("An audit entry is appended inside a read-write transaction");
		}
	}

	private static EntryContent content(TenantId tenant, long sequence, Occurrence occurrence) {
		return new EntryContent(tenant.value(), sequence, Ids.newId(), Instant.now(),
				ActorKind.ofCode(occurrence.actor().kind()).orElseThrow(), occurrence.actor().id(), occurrence.action(),
				occurrence.method(), occurrence.pathTemplate(), occurrence.resource().type(), occurrence.resource().id(),
				occurrence.status(), occurrence.address(), occurrence.requestId(), EntryContent.detailsOf(occurrence.details()));
	}
}
