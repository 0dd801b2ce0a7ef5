package dev.plaza.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.unit.DataSize;

/**
 * Instances of a service started together on one database (as a scaled deployment's replicas are)
 * migrate one after the other: while one migrates, including moving the tables a module takes over
 * from another, the next waits, then finds the work done instead of a schema half moved.
 */
class ConcurrentMigrationTest {

	static final List<String> COMMERCE = List.of("reservations", "inventory", "orders", "payments", "notifications",
			"events");

	@TempDir
	Path home;

	@Test
	void anInstanceWaitsForTheOneMigratingThenFindsTheWorkDone() throws Exception {
		try (EmbeddedPostgresServer server = new EmbeddedPostgresServer(
				new DatabaseProperties.Embedded(true, home.resolve("postgres"), 0, false, DataSize.ofMegabytes(128)), "plaza_app")) {
			DataSource owner = new SimpleDriverDataSource(new org.postgresql.Driver(), server.jdbcUrl(),
					EmbeddedPostgresServer.OWNER_ROLE, "");
			CompletableFuture<Void> second;
			try (Connection first = owner.getConnection(); Statement migrating = first.createStatement()) {
				migrating.execute("SELECT pg_advisory_lock(" + ModuleMigrations.MIGRATION_LOCK + ")");
				second = CompletableFuture.runAsync(() -> new ModuleMigrations(COMMERCE).migrate(base(owner)));
				Thread.sleep(2_000);
				assertThat(second).as("the second instance while the first migrates").isNotDone();
				assertThat(schemas(owner)).doesNotContain("inventory");
				migrating.execute("SELECT pg_advisory_unlock(" + ModuleMigrations.MIGRATION_LOCK + ")");
			}
			second.get(2, TimeUnit.MINUTES);
			new ModuleMigrations(COMMERCE).migrate(base(owner));

			assertThat(JdbcClient.create(owner)
				.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'inventory' AND tablename LIKE 'stock_%'")
				.query(Long.class)
				.single()).as("stock tables in inventory's schema").isEqualTo(6);
		}
	}

	private static Flyway base(DataSource owner) {
		return Flyway.configure().dataSource(owner).placeholders(Map.of("app_role", "plaza_app")).load();
	}

	private static List<String> schemas(DataSource owner) {
		return JdbcClient.create(owner).sql("SELECT nspname FROM pg_namespace").query(String.class).list();
	}
}
