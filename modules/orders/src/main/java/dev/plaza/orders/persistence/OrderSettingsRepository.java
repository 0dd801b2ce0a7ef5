package dev.plaza.orders.persistence;

import java.time.Duration;
import java.util.Currency;

import dev.plaza.orders.application.OrdersProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current tenant's order settings, or the defaults of {@link OrdersProperties} until it sets its own. */
@Repository
public class OrderSettingsRepository {

	private final JdbcClient jdbc;

	private final OrdersProperties defaults;

	OrderSettingsRepository(JdbcClient jdbc, OrdersProperties defaults) {
		this.jdbc = jdbc;
		this.defaults = defaults;
	}

	public record Settings(String country, Currency currency, Duration paymentDeadline) {
	}

	public Settings current() {
		return jdbc.sql("SELECT country, currency, payment_deadline_seconds FROM orders.settings")
			.query((rs, row) -> new Settings(rs.getString("country"), Currency.getInstance(rs.getString("currency")),
					Duration.ofSeconds(rs.getInt("payment_deadline_seconds"))))
			.optional()
			.orElseGet(() -> new Settings(defaults.country(), Currency.getInstance(defaults.currency()),
					defaults.paymentDeadline()));
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
