package dev.plaza.audit.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.plaza.audit.domain.ChainedEntry;
import dev.plaza.audit.domain.EntryFilter;
import dev.plaza.audit.domain.HashChain;
import dev.plaza.audit.domain.HashChain.Break;
import dev.plaza.audit.persistence.EntryRepository;
import dev.plaza.platform.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a tenant's chain for the caller bound to the current tenant (a tenant reads its own, the platform
 * any): a page, every entry in order, or a verification. Long reads go in chunks, each in a short read-only
 * transaction of its own; entries never change, so the chunks fit together.
 */
@Service
public class AuditReading {

	static final int CHUNK = 1000;

	private final EntryRepository entries;

	private final TransactionTemplate reads;

	AuditReading(EntryRepository entries, PlatformTransactionManager transactionManager) {
		this.entries = entries;
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
	}

	/** Newest first, numbered below {@code before} ({@link Long#MAX_VALUE} for the newest). */
	public List<ChainedEntry> page(TenantId chain, EntryFilter filter, long before, int limit) {
		return reads.execute(status -> entries.newestFirst(chain, filter, before, limit));
	}

	/** Hands every matching entry, oldest first, to {@code each}. */
	public void each(TenantId chain, EntryFilter filter, Consumer<ChainedEntry> each) {
		long after = 0;
		List<ChainedEntry> chunk;
		do {
			long from = after;
			chunk = reads.execute(status -> entries.oldestFirst(chain, filter, from, CHUNK));
			chunk.forEach(each);
			if (!chunk.isEmpty()) {
				after = chunk.getLast().content().sequence();
			}
		}
		while (chunk.size() == CHUNK);
	}

	/** Checks the whole chain; answers where it stands and its first break, if any. */
	public Verification verify(TenantId chain) {
		HashChain.Verifier verifier = new HashChain.Verifier();
		Break[] first = new Break[1];
		each(chain, EntryFilter.ALL, entry -> verifier.check(entry).filter(broken -> first[0] == null)
			.ifPresent(broken -> first[0] = broken));
		return new Verification(verifier.head(), Optional.ofNullable(first[0]));
	}

	/** A chain's state: where it stands, and the first entry that breaks it, if one does. */
	public record Verification(HashChain.Head head, Optional<Break> firstInvalid) {
	}
}
