package dev.plaza.audit.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
		return appendLocked(tenant, List.of(occurrence)).getFirst();
	}

	/**
	 * As {@link #append}, for each occurrence in order, if the current transaction has changed anything: a
	 * transaction that changed nothing records nothing, and the calls it served are recorded with their
	 * answers. The chain is locked and read once and the entries inserted in one batch, however many calls
	 * the transaction carries (the ledger's group commit carries hundreds).
	 */
	public List<ChainedEntry> appendIfChanged(TenantId tenant, List<Occurrence> occurrences) {
		requireWritingTransaction();
		return !occurrences.isEmpty() && entries.lockChainIfChanged(tenant) ? appendLocked(tenant, occurrences) : List.of();
	}

	private List<ChainedEntry> appendLocked(TenantId tenant, List<Occurrence> occurrences) {
		Head head = entries.head(tenant);
		List<ChainedEntry> chained = new ArrayList<>(occurrences.size());
		for (Occurrence occurrence : occurrences) {
			ChainedEntry next = HashChain.append(head, content(tenant, head.nextSequence(), occurrence));
			chained.add(next);
			head = new Head(next.content().sequence(), next.hash());
		}
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
