package dev.plaza.reservations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import dev.plaza.reservations.domain.HoldSettings;
import dev.plaza.reservations.internal.SettingsRequest.RateRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each tenant's hold settings: its stored overrides over the configured defaults. */
@Repository
class TenantSettings {

	private final JdbcClient jdbc;

	private final ReservationsProperties properties;

	TenantSettings(JdbcClient jdbc, ReservationsProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	HoldSettings current() {
		return overrides().over(properties.defaults());
	}

	@Transactional(readOnly = true)
	SettingsRequest overrides() {
		return jdbc.sql("SELECT * FROM reservations.settings").query(TenantSettings::stored).optional()
			.orElse(SettingsRequest.NONE);
	}

	/** Replaces the tenant's overrides with these. */
	@Transactional
	void save(SettingsRequest overrides) {
		RateRequest client = overrides.clientRate() == null ? new RateRequest(null, null) : overrides.clientRate();
		RateRequest ip = overrides.ipRate() == null ? new RateRequest(null, null) : overrides.ipRate();
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

	private static SettingsRequest stored(ResultSet rs, int row) throws SQLException {
		return new SettingsRequest(integer(rs, "hold_ttl_seconds"), integer(rs, "max_seats_per_hold"),
				integer(rs, "max_active_holds_per_customer"), integer(rs, "max_active_holds_per_client"),
				new RateRequest(integer(rs, "client_rate_per_second"), integer(rs, "client_rate_burst")),
				new RateRequest(integer(rs, "ip_rate_per_second"), integer(rs, "ip_rate_burst")));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, Integer.class);
	}
}
