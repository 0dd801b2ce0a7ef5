package dev.plaza.orders.persistence;

import java.time.Duration;
import java.util.Currency;

import dev.plaza.rules.Configurations;
import dev.plaza.rules.CountryConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The current tenant's order settings, or, until it sets its own, what its configuration says: its
 * country, that country's currency, and its payment deadline ({@link Configurations#tenant()}).
 */
@Repository
public class OrderSettingsRepository {

	private final JdbcClient jdbc;

	private final Configurations configurations;

	OrderSettingsRepository(JdbcClient jdbc, Configurations configurations) {
		this.jdbc = jdbc;
		this.configurations = configurations;
	}

	public record Settings(String country, Currency currency, Duration paymentDeadline) {
	}

	public Settings current() {
		return jdbc.sql("SELECT country, currency, payment_deadline_seconds FROM orders.settings")
			.query((rs, row) -> new Settings(rs.getString("country"), Currency.getInstance(rs.getString("currency")),
					Duration.ofSeconds(rs.getInt("payment_deadline_seconds"))))
			.optional()
			.orElseGet(this::configured);
	}

	private Settings configured() {
		CountryConfiguration configured = configurations.tenant();
		return new Settings(configured.country().code(), configured.currency(), configured.commerce().paymentDeadline());
	}

	public void save(Settings settings) {
		jdbc.sql("""
				INSERT INTO orders.settings (tenant_id, country, currency, payment_deadline_seconds)
				VALUES (platform.current_tenant(), :country, :currency, :deadline)
				ON CONFLICT (tenant_id) DO UPDATE SET country = EXCLUDED.country, currency = EXCLUDED.currency,
				    payment_deadline_seconds = EXCLUDED.payment_deadline_seconds""")
			.param("country", settings.country())
			.param("currency", settings.currency().getCurrencyCode())
			.param("deadline", (int) settings.paymentDeadline().toSeconds())
			.update();
	}
}
