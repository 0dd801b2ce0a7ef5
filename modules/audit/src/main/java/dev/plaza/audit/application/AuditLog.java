package dev.plaza.audit.application;

import java.util.function.Supplier;

import dev.plaza.audit.domain.ChainedEntry;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Appends entries to the tenants' chains, in the current transaction or in one of their own. */
@Service
public class AuditLog {

	private final AuditChains chains;

	private final TransactionTemplate transactions;

	AuditLog(AuditChains chains, PlatformTransactionManager transactionManager) {
		this.chains = chains;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** As {@link AuditChains#append}. */
	public ChainedEntry append(TenantId tenant, Occurrence occurrence) {
		return chains.append(tenant, occurrence);
	}

	/** Appends to the tenant's chain in a transaction of its own. */
	public ChainedEntry appendAlone(TenantId tenant, Occurrence occurrence) {
		return TenantContext.callAs(tenant, inTransaction(() -> chains.append(tenant, occurrence)));
	}

	private <T> Supplier<T> inTransaction(Supplier<T> work) {
		return () -> transactions.execute(status -> work.get());
	}
}
