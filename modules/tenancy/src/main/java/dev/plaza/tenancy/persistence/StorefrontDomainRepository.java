package dev.plaza.tenancy.persistence;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plaza.platform.NearCacheEvictions;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.domain.StorefrontDomain;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which tenant each storefront host serves. Hosts are resolved on every anonymous public request,
 * so answers — including "no tenant", which random Host headers would otherwise turn into queries
 * — are remembered for a minute. A change is seen at once on every instance
 * ({@link NearCacheEvictions}); should the eviction not reach one (Redis down), within that minute.
 */
@Component
public class StorefrontDomainRepository {

	private static final Duration REMEMBERED = Duration.ofMinutes(1);

	private static final String NAME = "tenancy.storefront-domains";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Cache<StorefrontDomain, Optional<TenantId>> served = Caffeine.newBuilder()
		.expireAfterWrite(REMEMBERED)
		.maximumSize(10_000)
		.build();

	private final NearCacheEvictions evictions;

	StorefrontDomainRepository(JdbcClient jdbc, TransactionTemplate transactions, NearCacheEvictions evictions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.evictions = evictions;
		evictions.register(NAME, new NearCacheEvictions.NearCache() {
			@Override
			public void evict(String domain) {
				served.invalidate(new StorefrontDomain(domain));
			}

			@Override
			public void evictAll() {
				served.invalidateAll();
			}
		});
	}

	public Optional<TenantId> tenantServing(StorefrontDomain domain) {
		return served.get(domain, this::lookUp);
	}

	/** Maps the domain to the tenant; answers false if it already was. */
	public boolean map(StorefrontDomain domain, TenantId tenant) {
		Boolean added = asPlatform(() -> {
			Optional<TenantId> current = lookUpInTransaction(domain);
			if (current.isPresent()) {
				if (current.get().equals(tenant)) {
					return false;
				}
				throw taken(domain);
			}
			try {
				jdbc.sql("INSERT INTO tenancy.storefront_domains (domain, tenant_id) VALUES (:domain, :tenant)")
					.param("domain", domain.value())
					.param("tenant", tenant.value())
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw taken(domain);
			}
			return true;
		});
		evictions.evict(NAME, domain.value());
		return added;
	}

	/** Unmaps the domain from the tenant; answers false if it was not the tenant's. */
	public boolean unmap(StorefrontDomain domain, TenantId tenant) {
		Integer removed = asPlatform(() -> jdbc.sql("DELETE FROM tenancy.storefront_domains WHERE domain = :domain AND tenant_id = :tenant")
			.param("domain", domain.value())
			.param("tenant", tenant.value())
			.update());
		evictions.evict(NAME, domain.value());
		return removed > 0;
	}

	/** The tenant's domains, for its own callers or the platform operator (row-level security decides). */
	public List<String> of(TenantId tenant) {
		return transactions.execute(status -> jdbc
			.sql("SELECT domain FROM tenancy.storefront_domains WHERE tenant_id = :tenant ORDER BY domain")
			.param("tenant", tenant.value())
			.query(String.class)
			.list());
	}

	private Optional<TenantId> lookUp(StorefrontDomain domain) {
		return asPlatform(() -> lookUpInTransaction(domain));
	}

	private Optional<TenantId> lookUpInTransaction(StorefrontDomain domain) {
		return jdbc.sql("SELECT tenant_id FROM tenancy.storefront_domains WHERE domain = :domain")
			.param("domain", domain.value())
			.query((rs, n) -> new TenantId(rs.getObject("tenant_id", UUID.class)))
			.optional();
	}

	/** Hosts are resolved before any tenant is known: only the platform scope sees every mapping. */
	private <T> T asPlatform(Supplier<T> work) {
		return TenantContext.callAs(TenantId.PLATFORM, () -> transactions.execute(status -> work.get()));
	}

	private static Problem taken(StorefrontDomain domain) {
		return new Problem(ProblemType.CONFLICT, "The domain '" + domain.value()
				+ "' already serves another tenant's storefront. Unmap it there first, or choose another domain.");
	}
}
