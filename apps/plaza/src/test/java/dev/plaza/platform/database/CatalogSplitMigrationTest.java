package dev.plaza.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * An installation made before the catalog was split into venues, media and products (schema
 * {@code catalog}, history V1–V4, built here with those very scripts) keeps its data when the new
 * modules migrate: their schemas take the tables over, rows, tenant isolation and grants included,
 * and the catalog schema is gone. The configuration naming the old module ({@code catalog}) still works.
 */
class CatalogSplitMigrationTest {

	static final String APP_ROLE = "plaza_app";

	static final UUID TENANT = UUID.randomUUID();

	static final UUID OTHER_TENANT = UUID.randomUUID();

	static final UUID CITY = UUID.randomUUID();

	static final UUID CINEMA = UUID.randomUUID();

	static final UUID ROOM = UUID.randomUUID();

	static final UUID MOVIE = UUID.randomUUID();

	static final UUID SHOWTIME = UUID.randomUUID();

	static final UUID IMAGE = UUID.randomUUID();

	static final UUID PRODUCT = UUID.randomUUID();

	@TempDir
	static Path home;

	static EmbeddedPostgresServer server;

	static DataSource owner;

	static DataSource app;

	@BeforeAll
	static void anInstallationOfTheReleaseBeforeTheSplitIsUpgraded() throws Exception {
		server = new EmbeddedPostgresServer(new DatabaseProperties.Embedded(true, home.resolve("postgres"), 0, false, DataSize.ofMegabytes(128)),
				APP_ROLE);
		owner = new SimpleDriverDataSource(new org.postgresql.Driver(), server.jdbcUrl(), EmbeddedPostgresServer.OWNER_ROLE,
				"");
		app = new SimpleDriverDataSource(new org.postgresql.Driver(), server.jdbcUrl(), APP_ROLE, "");

		migrate("platform", "classpath:db/migration/platform");
		migrate("catalog", "classpath:db/catalog-before-split");
		catalogOfTheReleaseBefore();

		new ModuleMigrations(List.of("catalog", "events")).migrate(base());
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	@Test
	void venuesMoviesAndShowtimesAreTheVenuesModulesWithTheirRows() {
		Map<String, Object> showtime = asTenant(TENANT, jdbc -> jdbc.sql("""
				SELECT m.title, r.name AS room, c.code AS cinema, ci.slug AS city, s.language
				FROM venues.showtimes s JOIN venues.movies m ON m.tenant_id = s.tenant_id AND m.id = s.movie_id
				JOIN venues.rooms r ON r.tenant_id = s.tenant_id AND r.id = s.room_id
				JOIN venues.cinemas c ON c.tenant_id = r.tenant_id AND c.id = r.cinema_id
				JOIN venues.cities ci ON ci.tenant_id = c.tenant_id AND ci.id = c.city_id
				WHERE s.id = :id""").param("id", SHOWTIME).query().singleRow());

		assertThat(showtime).containsEntry("title", "Roma")
			.containsEntry("room", "Sala 1")
			.containsEntry("cinema", "CDMX-1")
			.containsEntry("city", "cdmx")
			.containsEntry("language", "es");
	}

	@Test
	void imagesAndProductsAreTheMediaAndProductsModulesWithTheirRows() {
		String image = asTenant(TENANT, jdbc -> jdbc.sql("SELECT status FROM media.images WHERE id = :id")
			.param("id", IMAGE)
			.query(String.class)
			.single());
		String product = asTenant(TENANT, jdbc -> jdbc.sql("SELECT sku FROM products.products WHERE id = :id")
			.param("id", PRODUCT)
			.query(String.class)
			.single());

		assertThat(image).isEqualTo("ready");
		assertThat(product).isEqualTo("MUG-1");
	}

	@Test
	void anotherTenantStillSeesNoneOfThem() {
		for (String table : List.of("venues.cities", "venues.cinemas", "venues.rooms", "venues.movies", "venues.showtimes",
				"media.images", "products.products")) {
			long rows = asTenant(OTHER_TENANT, jdbc -> jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
			assertThat(rows).as(table).isZero();
		}
	}

	/** The image's owner is looked up whichever tenant asks, now in the media schema. */
	@Test
	void theImageOwnerIsFoundThroughTheMediaSchema() {
		UUID owner = asTenant(OTHER_TENANT, jdbc -> jdbc.sql("SELECT media.image_owner(:id)")
			.param("id", IMAGE)
			.query(UUID.class)
			.single());

		assertThat(owner).isEqualTo(TENANT);
	}

	@Test
	void theApplicationKeepsWritingTheTakenOverTables() {
		UUID city = UUID.randomUUID();
		asTenant(TENANT, jdbc -> jdbc.sql("""
				INSERT INTO venues.cities (tenant_id, id, slug, name, country, time_zone)
				VALUES (platform.current_tenant(), :id, 'gdl', 'Guadalajara', 'MX', 'America/Mexico_City')""")
			.param("id", city)
			.update());

		long cities = asTenant(TENANT, jdbc -> jdbc.sql("SELECT count(*) FROM venues.cities").query(Long.class).single());
		assertThat(cities).isEqualTo(2);
	}

	@Test
	void theCatalogSchemaIsGoneAndEachModuleHasItsHistory() {
		JdbcClient jdbc = JdbcClient.create(owner);
		assertThat(jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'catalog'").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("SELECT version FROM venues.flyway_schema_history WHERE type = 'BASELINE'")
			.query(String.class)
			.single()).isEqualTo("1");
		assertThat(jdbc.sql("SELECT version FROM media.flyway_schema_history WHERE success ORDER BY installed_rank")
			.query(String.class)
			.list()).containsExactly("1", "2", "3");
	}

	@Test
	void migratingAgainChangesNothing() {
		new ModuleMigrations(List.of()).migrate(base());

		long showtimes = asTenant(TENANT, jdbc -> jdbc.sql("SELECT count(*) FROM venues.showtimes").query(Long.class).single());
		assertThat(showtimes).isEqualTo(1);
	}

	private static void catalogOfTheReleaseBefore() {
		JdbcClient jdbc = JdbcClient.create(owner);
		jdbc.sql("""
				INSERT INTO catalog.cities (tenant_id, id, slug, name, country, time_zone)
				VALUES (:tenant, :city, 'cdmx', 'Ciudad de México', 'MX', 'America/Mexico_City')""")
			.param("tenant", TENANT)
			.param("city", CITY)
			.update();
		jdbc.sql("""
				INSERT INTO catalog.cinemas (tenant_id, id, code, name, city_id, address, latitude, longitude)
				VALUES (:tenant, :cinema, 'CDMX-1', 'Plaza Centro', :city, 'Av. Juárez 1', 19.43, -99.13)""")
			.param("tenant", TENANT)
			.param("cinema", CINEMA)
			.param("city", CITY)
			.update();
		jdbc.sql("""
				INSERT INTO catalog.rooms (tenant_id, id, cinema_id, name, type, seat_map)
				VALUES (:tenant, :room, :cinema, 'Sala 1', '2D', '{"rows": []}')""")
			.param("tenant", TENANT)
			.param("room", ROOM)
			.param("cinema", CINEMA)
			.update();
		jdbc.sql("""
				INSERT INTO catalog.movies (tenant_id, id, slug, title, original_title, synopsis, "cast", genres,
				                            duration_minutes, age_rating, release_date, languages)
				VALUES (:tenant, :movie, 'roma', 'Roma', 'Roma', '', '{}', '{drama}', 135, 'B', '2018-11-21', '{es}')""")
			.param("tenant", TENANT)
			.param("movie", MOVIE)
			.update();
		jdbc.sql("""
				INSERT INTO catalog.showtimes (tenant_id, id, movie_id, room_id, starts_at, ends_at, language, format, prices)
				VALUES (:tenant, :showtime, :movie, :room, '2030-01-01T18:00Z', '2030-01-01T20:30Z', 'es', '2D', '{}')""")
			.param("tenant", TENANT)
			.param("showtime", SHOWTIME)
			.param("movie", MOVIE)
			.param("room", ROOM)
			.update();
		jdbc.sql("""
				INSERT INTO catalog.images (tenant_id, id, format, width, height, byte_size, status)
				VALUES (:tenant, :image, 'PNG', 10, 10, 100, 'ready')""")
			.param("tenant", TENANT)
			.param("image", IMAGE)
			.update();
		jdbc.sql("""
				INSERT INTO catalog.products (tenant_id, id, sku, title, description, price_amount, price_currency,
				                              tax_class, image_ids)
				VALUES (:tenant, :product, 'MUG-1', 'Mug', '', 950, 'EUR', 'standard', ARRAY[:image]::uuid[])""")
			.param("tenant", TENANT)
			.param("product", PRODUCT)
			.param("image", IMAGE)
			.update();
	}

	private static void migrate(String schema, String location) {
		Flyway.configure()
			.dataSource(owner)
			.schemas(schema)
			.defaultSchema(schema)
			.locations(location)
			.placeholders(Map.of("app_role", APP_ROLE))
			.load()
			.migrate();
	}

	private static Flyway base() {
		return Flyway.configure().dataSource(owner).placeholders(Map.of("app_role", APP_ROLE)).load();
	}

	/** Runs as the application role, in a transaction of the tenant, as Plaza does. */
	private static <T> T asTenant(UUID tenant, Function<JdbcClient, T> work) {
		return new TransactionTemplate(new DataSourceTransactionManager(app)).execute(status -> {
			JdbcClient jdbc = JdbcClient.create(app);
			jdbc.sql("SELECT set_config('plaza.tenant_id', :tenant, true)").param("tenant", tenant.toString()).query().singleRow();
			return work.apply(jdbc);
		});
	}
}
