package dev.plaza.onboarding.jobs;

import java.util.function.Supplier;

import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs workers' reads and writes in the platform scope, where row-level security shows every
 * tenant's jobs: the workers serve all uploaders.
 */
@Component
class Scoped {

	private final TransactionTemplate transactions;

	Scoped(PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
	}

	<T> T inTransaction(Supplier<T> work) {
		return TenantContext.callAs(TenantId.PLATFORM, () -> transactions.execute(status -> work.get()));
	}
}
