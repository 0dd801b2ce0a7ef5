package dev.plaza.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An installation made while stock was part of reservations (its {@code var/}: schema
 * {@code reservations} built by that release's scripts, copied here as test resources) keeps its
 * stock when it starts with inventory as a module of its own: the rows, their tenant isolation, the
 * application role's rights and the purge all move to schema {@code inventory}, and the seat holds
 * stay where they were.
 */
class StockTakenOverFromReservationsTest {

	static final UUID SHOP = UUID.randomUUID();

	static final UUID OTHER_SHOP = UUID.randomUUID();

	static final UUID TSHIRT = UUID.randomUUID();

	static final UUID RESERVATION = UUID.randomUUID();

	static final UUID LAPSED_RESERVATION = UUID.randomUUID();

	static final UUID HOLD = UUID.randomUUID();

	static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

	@TempDir
	Path home;

	@Test
	void stockKeptBeforeInventoryWasAModuleIsStillThereAfterTheUpgrade() throws Exception {
		Path dataDirectory = home.resolve("postgres");
		try (EmbeddedPostgres before = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.start()) {
			installAsBeforeInventory(before);
		}

		try (ConfigurableApplicationContext upgraded = new SpringApplicationBuilder(MigrationsOnly.class)
			.web(WebApplicationType.NONE)
			.run("--plaza.home=" + home, "--plaza.database.embedded.durable=false",
					"--plaza.database.modules=reservations")) {
			var app = new AppConnections(upgraded.getBean(DataSource.class));

			assertThat(app.rows(SHOP, "SELECT code || '=' || name FROM inventory.stock_locations"))
				.as("the shop's location, moved").containsExactly("madrid=Madrid warehouse");
			assertThat(app.rows(SHOP, "SELECT on_hand FROM inventory.stock_levels WHERE product_id = ?", TSHIRT))
				.as("units on hand, moved").containsExactly("7");
			assertThat(app.rows(SHOP, """
					SELECT r.customer || ':' || l.sku || 'x' || l.quantity FROM inventory.stock_reservations r
					JOIN inventory.stock_reservation_lines l ON l.reservation_id = r.id WHERE r.id = ?""", RESERVATION))
				.as("a cart's reservation and its line, moved").containsExactly("cart-1:TS-1x2");
			assertThat(app.rows(OTHER_SHOP, "SELECT product_id FROM inventory.stock_levels"))
				.as("another tenant still sees none of it").isEmpty();

			assertThat(app.rows(SHOP, """
					INSERT INTO inventory.stock_adjustments (tenant_id, id, product_id, location_code, delta, reason,
					    on_hand_after) VALUES (?, ?, ?, 'madrid', 1, 'received', 8) RETURNING seq""", SHOP, UUID.randomUUID(),
					TSHIRT))
				.as("a new adjustment follows the old one in order").containsExactly("2");

			assertThat(app.rows(SHOP, "SELECT inventory.purge_lapsed_stock_claims(?, 100)", NOW.minusHours(1)))
				.as("the purge deletes the claim that lapsed a day ago, in inventory's schema").containsExactly("1");
			assertThat(app.rows(SHOP, "SELECT reservation_id FROM inventory.stock_claims"))
				.containsExactly(RESERVATION.toString());

			assertThat(app.rows(SHOP, "SELECT customer FROM reservations.holds WHERE id = ?", HOLD))
				.as("seat holds stay in reservations").containsExactly("customer-1");
			var owner = JdbcClient.create(upgraded.getBean("migrationDataSource", DataSource.class));
			assertThat(owner.sql("""
					SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
					WHERE n.nspname = 'reservations' AND c.relname LIKE 'stock%' AND c.relkind = 'r'""")
				.query(String.class).list()).as("no stock table is left in reservations").isEmpty();
			assertThat(owner.sql("SELECT event_type FROM platform.event_publication").query(String.class).list())
				.as("an undelivered stock event is delivered under its new name")
				.containsExactly("dev.plaza.inventory.StockReserved");
		}
	}

	/** What the release before inventory left: platform's and reservations' schemas, with a shop's stock. */
	private static void installAsBeforeInventory(EmbeddedPostgres server) throws Exception {
		JdbcClient postgres = JdbcClient.create(server.getPostgresDatabase());
		postgres.sql("CREATE ROLE plaza_owner LOGIN BYPASSRLS").update();
		postgres.sql("CREATE ROLE plaza_app LOGIN NOBYPASSRLS").update();
		postgres.sql("CREATE DATABASE plaza OWNER plaza_owner").update();
		DataSource owner = server.getDatabase("plaza_owner", "plaza");
		for (String module : List.of("platform", "reservations")) {
			String scripts = module.equals("platform") ? "classpath:db/migration/platform"
					: "classpath:db/before-inventory/reservations";
			Flyway.configure().dataSource(owner).schemas(module).defaultSchema(module).locations(scripts)
				.placeholders(Map.of("app_role", "plaza_app")).load().migrate();
		}
		JdbcClient jdbc = JdbcClient.create(owner);
		jdbc.sql("INSERT INTO reservations.stock_locations (tenant_id, code, name) VALUES (:t, 'madrid', 'Madrid warehouse')")
			.param("t", SHOP).update();
		jdbc.sql("""
				INSERT INTO reservations.stock_levels (tenant_id, product_id, location_code, on_hand)
				VALUES (:t, :p, 'madrid', 7)""")
			.param("t", SHOP).param("p", TSHIRT).update();
		jdbc.sql("""
				INSERT INTO reservations.stock_adjustments (tenant_id, id, product_id, location_code, delta, reason, on_hand_after)
				VALUES (:t, :id, :p, 'madrid', 7, 'received', 7)""")
			.param("t", SHOP).param("id", UUID.randomUUID()).param("p", TSHIRT).update();
		for (UUID reservation : List.of(RESERVATION, LAPSED_RESERVATION)) {
			OffsetDateTime expiresAt = reservation.equals(RESERVATION) ? NOW.plusMinutes(15) : NOW.minusDays(1);
			jdbc.sql("""
					INSERT INTO reservations.stock_reservations (tenant_id, id, customer, created_at, expires_at)
					VALUES (:t, :id, 'cart-1', :at, :expires)""")
				.param("t", SHOP).param("id", reservation).param("at", NOW.minusDays(2)).param("expires", expiresAt).update();
			jdbc.sql("""
					INSERT INTO reservations.stock_claims (tenant_id, reservation_id, product_id, location_code, quantity, expires_at)
					VALUES (:t, :id, :p, 'madrid', 2, :expires)""")
				.param("t", SHOP).param("id", reservation).param("p", TSHIRT).param("expires", expiresAt).update();
		}
		jdbc.sql("""
				INSERT INTO reservations.stock_reservation_lines (tenant_id, reservation_id, line_no, product_id, sku,
				    location_code, quantity) VALUES (:t, :id, 0, :p, 'TS-1', 'madrid', 2)""")
			.param("t", SHOP).param("id", RESERVATION).param("p", TSHIRT).update();
		jdbc.sql("""
				INSERT INTO reservations.holds (tenant_id, id, showtime_id, seats, customer, client_id, created_at, expires_at)
				VALUES (:t, :id, :showtime, ARRAY['A1'], 'customer-1', 'client-1', :at, :at)""")
			.param("t", SHOP).param("id", HOLD).param("showtime", UUID.randomUUID()).param("at", NOW).update();
		jdbc.sql("""
				INSERT INTO platform.event_publication (id, listener_id, event_type, serialized_event, publication_date)
				VALUES (:id, 'kafka', 'dev.plaza.reservations.StockReserved', '{}', :at)""")
			.param("id", UUID.randomUUID()).param("at", NOW).update();
	}

	/** The application's connections, each query in a transaction of one tenant, as the app runs them. */
	private record AppConnections(DataSource dataSource) {

		List<String> rows(UUID tenant, String sql, Object... params) {
			JdbcClient jdbc = JdbcClient.create(dataSource);
			return new TransactionTemplate(new DataSourceTransactionManager(dataSource)).execute(status -> {
				jdbc.sql("SELECT set_config('plaza.tenant_id', ?, true)").param(tenant.toString()).query(String.class).single();
				return jdbc.sql(sql).params(params).query(String.class).list();
			});
		}
	}

	/** Only what migrates the database: the platform's database configuration and Flyway. */
	@Configuration(proxyBeanMethods = false)
	@ComponentScan("dev.plaza.platform.database")
	@ImportAutoConfiguration(FlywayAutoConfiguration.class)
	static class MigrationsOnly {
	}
}
