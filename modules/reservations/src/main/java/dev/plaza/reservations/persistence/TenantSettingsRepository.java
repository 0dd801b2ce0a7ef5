package dev.plaza.reservations.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plaza.platform.AfterCommit;
import dev.plaza.platform.NearCacheEvictions;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.reservations.application.LoadingOutsideLocks;
import dev.plaza.reservations.application.ReservationsProperties;
import dev.plaza.reservations.domain.HoldOverrides;
import dev.plaza.reservations.domain.HoldOverrides.RateOverride;
import dev.plaza.reservations.domain.HoldSettings;
import dev.plaza.rules.Configurations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Each tenant's hold settings: its stored overrides over the configured defaults. Every hold asks
 * for them, so they are read from the database at most every {@link #MAX_AGE} per tenant. A change
 * shows at once on every instance ({@link NearCacheEvictions}); should the eviction not reach one
 * (Redis down), it shows there within {@link #MAX_AGE}, which stays the promise.
 */
@Repository
public class TenantSettingsRepository {

	static final Duration MAX_AGE = Duration.ofSeconds(5);

	static final String NAME = "reservations.settings";

	private final JdbcClient jdbc;

	private final ReservationsProperties properties;

	private final TransactionOperations transactions;

	private final LoadingOutsideLocks<TenantId, HoldOverrides> current = new LoadingOutsideLocks<>(
			Caffeine.newBuilder().expireAfterWrite(MAX_AGE).maximumSize(10_000));

	private final NearCacheEvictions evictions;

	private final Configurations configurations;

	TenantSettingsRepository(JdbcClient jdbc, ReservationsProperties properties, TransactionOperations transactions,
			NearCacheEvictions evictions, Configurations configurations) {
		this.jdbc = jdbc;
		this.configurations = configurations;
		this.properties = properties;
		this.transactions = transactions;
		this.evictions = evictions;
		evictions.register(NAME, new NearCacheEvictions.NearCache() {
			@Override
			public void evict(String tenant) {
				current.invalidate(new TenantId(UUID.fromString(tenant)));
			}

			@Override
			public void evictAll() {
				current.invalidateAll();
			}
		});
	}

	public HoldSettings current() {
		return current.get(TenantContext.current().orElseThrow(), tenant -> transactions.execute(status -> overrides()))
			.over(defaults());
	}

	/**
	 * What a tenant's hold settings are where it stored none: the hold time its configuration (the rules
	 * module) gives, read from memory at every call so a change there applies at once, and the platform's
	 * anti-scalping defaults.
	 */
	public HoldSettings defaults() {
		return properties.defaults(configurations.tenant().commerce().holdTtl());
	}

	/** Replaces the tenant's overrides with these. */
	@Transactional
	public void save(HoldOverrides overrides) {
		TenantId tenant = TenantContext.current().orElseThrow();
		AfterCommit.run(() -> evictions.evict(NAME, tenant.value().toString()));
		RateOverride client = Objects.requireNonNullElse(overrides.clientRate(), RateOverride.NONE);
		RateOverride ip = Objects.requireNonNullElse(overrides.ipRate(), RateOverride.NONE);
		jdbc.sql("""
				INSERT INTO reservations.settings (tenant_id, hold_ttl_seconds, max_seats_per_hold, max_active_holds_per_customer,
				    max_active_holds_per_client, client_rate_per_second, client_rate_burst, ip_rate_per_second, ip_rate_burst)
				VALUES (platform.current_tenant(), :ttl, :seats, :perCustomer, :perClient, :clientPerSecond, :clientBurst,
				    :ipPerSecond, :ipBurst)
				ON CONFLICT (tenant_id) DO UPDATE SET hold_ttl_seconds = excluded.hold_ttl_seconds,
				    max_seats_per_hold = excluded.max_seats_per_hold,
				    max_active_holds_per_customer = excluded.max_active_holds_per_customer,
				    max_active_holds_per_client = excluded.max_active_holds_per_client,
				    client_rate_per_second = excluded.client_rate_per_second, client_rate_burst = excluded.client_rate_burst,
				    ip_rate_per_second = excluded.ip_rate_per_second, ip_rate_burst = excluded.ip_rate_burst, updated_at = now()""")
			.param("ttl", overrides.holdTtlSeconds(), Types.INTEGER)
			.param("seats", overrides.maxSeatsPerHold(), Types.INTEGER)
			.param("perCustomer", overrides.maxActiveHoldsPerCustomer(), Types.INTEGER)
			.param("perClient", overrides.maxActiveHoldsPerClient(), Types.INTEGER)
			.param("clientPerSecond", client.perSecond(), Types.INTEGER)
			.param("clientBurst", client.burst(), Types.INTEGER)
			.param("ipPerSecond", ip.perSecond(), Types.INTEGER)
			.param("ipBurst", ip.burst(), Types.INTEGER)
			.update();
	}

	private HoldOverrides overrides() {
		return jdbc.sql("SELECT * FROM reservations.settings").query(TenantSettingsRepository::stored).optional()
			.orElse(HoldOverrides.NONE);
	}

	private static HoldOverrides stored(ResultSet rs, int row) throws SQLException {
		return new HoldOverrides(integer(rs, "hold_ttl_seconds"), integer(rs, "max_seats_per_hold"),
				integer(rs, "max_active_holds_per_customer"), integer(rs, "max_active_holds_per_client"),
				new RateOverride(integer(rs, "client_rate_per_second"), integer(rs, "client_rate_burst")),
				new RateOverride(integer(rs, "ip_rate_per_second"), integer(rs, "ip_rate_burst")));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, Integer.class);
	}
}
