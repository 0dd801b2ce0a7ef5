package dev.plaza.identity.application;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.Environment;
import dev.plaza.tenancy.OrganizationId;
import dev.plaza.tenancy.TenantDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs people's work in a transaction of its own, in the scope row-level security needs: people
 * belong to an organization, not to one of its tenants, so a change runs as one of the
 * organization's tenants (the e-mail it sends, the audit entry and the events are that tenant's);
 * login and the e-mailed links, which come before any tenant, look people up in the platform scope.
 */
@Component
class OrganizationScopes {

	private final TenantDirectory tenants;

	private final TransactionTemplate transactions;

	OrganizationScopes(TenantDirectory tenants, PlatformTransactionManager transactionManager) {
		this.tenants = tenants;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Runs the work in the platform scope, in a transaction of its own. */
	<T> T asPlatform(Supplier<T> work) {
		return TenantContext.callAs(TenantId.PLATFORM, () -> transactions.execute(status -> work.get()));
	}

	/**
	 * Runs the work as a tenant of the organization, in a transaction of its own: a tenant's caller
	 * as its own tenant, which must be one of the organization's (else the organization reads as
	 * missing); the platform operator and callers without a tenant (login, e-mailed links) as the
	 * tenant of the first of the preferred environments the organization has (production first),
	 * else any of its tenants.
	 */
	<T> T inOrganization(OrganizationId organization, Set<Environment> preferred, Supplier<T> work) {
		TenantId tenant = tenantFor(organization, preferred);
		return TenantContext.callAs(tenant, () -> transactions.execute(status -> work.get()));
	}

	private TenantId tenantFor(OrganizationId organization, Set<Environment> preferred) {
		Optional<TenantId> caller = TenantContext.current().filter(current -> !current.isPlatform());
		if (caller.isPresent()) {
			// A tenant's caller reaches its own organization only; any other reads as missing.
			return caller.filter(own -> tenants.find(own).map(tenant -> tenant.organization().equals(organization)).orElse(false))
				.orElseThrow(() -> Problem.notFound("organization", organization));
		}
		Comparator<Environment> productionFirst = Comparator.comparing(Environment::ordinal, Comparator.reverseOrder());
		return Stream.concat(preferred.stream().sorted(productionFirst), Stream.of(Environment.values()).sorted(productionFirst))
			.map(environment -> tenants.tenantOf(organization, environment))
			.flatMap(Optional::stream)
			.findFirst()
			.orElseThrow(() -> Problem.notFound("organization", organization));
	}
}
