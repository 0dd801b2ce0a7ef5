package dev.plaza.lending.application;

import java.util.function.Supplier;

import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions in a chosen scope. An application belongs to the applicant's tenant and its copies and
 * offers to lenders, so changes spanning them run in the platform scope, where row-level security
 * shows every tenant's rows; the tenant is bound before the transaction begins, as it must be.
 */
@Component
class DecisionScopes {

	private final TransactionTemplate transactions;

	DecisionScopes(PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
	}

	<T> T inPlatform(Supplier<T> work) {
		return as(TenantId.PLATFORM, work);
	}

	<T> T as(TenantId tenant, Supplier<T> work) {
		return TenantContext.callAs(tenant, () -> transactions.execute(status -> work.get()));
	}
}
