package dev.plaza.venues;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

/**
 * An installation stopped while events were still on their way to listeners that have since moved
 * package (search's index follower, reservations' showtime cancellations, media's rendition worker)
 * hands them to the same listeners when it starts again: the registry's incomplete publications
 * name the listeners as they are called now, so the restart republishes them. Completed ones are
 * history and keep the names they were completed under.
 */
class UndeliveredEventsFollowMovedListenersTest {

	static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

	static final String CANCELLED = ShowtimeCancelled.class.getName();

	@TempDir
	Path home;

	@Test
	void eventsNotYetHandledBeforeTheListenersMovedReachThemAfterTheUpgrade() throws Exception {
		Path dataDirectory = home.resolve("postgres");
		UUID toSearch = UUID.randomUUID();
		UUID toReservations = UUID.randomUUID();
		UUID toRenditions = UUID.randomUUID();
		UUID delivered = UUID.randomUUID();
		try (EmbeddedPostgres before = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.start()) {
			JdbcClient owner = installAsBeforeTheMove(before);
			publication(owner, toSearch, "dev.plaza.search.SearchIndexFollower.on(" + CANCELLED + ")", CANCELLED, null);
			publication(owner, toReservations, "dev.plaza.reservations.internal.ShowtimeCancellations.on(" + CANCELLED + ")",
					CANCELLED, null);
			publication(owner, toRenditions,
					"dev.plaza.media.internal.RenditionWorker.on(dev.plaza.media.internal.ImageUploaded)",
					"dev.plaza.media.internal.ImageUploaded", null);
			publication(owner, delivered, "dev.plaza.search.SearchIndexFollower.on(" + CANCELLED + ")", CANCELLED, NOW);
		}

		try (ConfigurableApplicationContext upgraded = new SpringApplicationBuilder(MigrationsOnly.class)
			.web(WebApplicationType.NONE)
			.run("--plaza.home=" + home, "--plaza.database.embedded.durable=false",
					"--plaza.database.modules=venues,media")) {
			var owner = JdbcClient.create(upgraded.getBean("migrationDataSource", DataSource.class));

			assertThat(listenerOf(owner, toSearch)).as("the search index follower, as it is called now")
				.isEqualTo(listenerId("dev.plaza.search.jobs.SearchIndexFollower", ShowtimeCancelled.class));
			assertThat(listenerOf(owner, toReservations)).as("reservations' showtime cancellations, as called now")
				.isEqualTo(listenerId("dev.plaza.reservations.jobs.ShowtimeCancellations", ShowtimeCancelled.class));
			Class<?> uploaded = Class.forName("dev.plaza.media.application.ImageUploaded");
			assertThat(listenerOf(owner, toRenditions)).as("the rendition worker, as it is called now")
				.isEqualTo(listenerId("dev.plaza.media.jobs.RenditionWorker", uploaded));
			assertThat(owner.sql("SELECT event_type FROM platform.event_publication WHERE id = ?").param(toRenditions)
				.query(String.class).single()).as("the upload, under its class's name now").isEqualTo(uploaded.getName());
			assertThat(listenerOf(owner, delivered)).as("a publication completed before keeps its name")
				.isEqualTo("dev.plaza.search.SearchIndexFollower.on(" + CANCELLED + ")");
		}
	}

	/**
	 * The id the registry knows a listener method by: its class, name and parameter type. Looked up
	 * on the class as it is, so that a listener moved again without a migration fails here.
	 */
	private static String listenerId(String listener, Class<?> event) throws ReflectiveOperationException {
		Class<?> type = Class.forName(listener);
		return type.getName() + "." + type.getDeclaredMethod("on", event).getName() + "(" + event.getName() + ")";
	}

	private static String listenerOf(JdbcClient owner, UUID publication) {
		return owner.sql("SELECT listener_id FROM platform.event_publication WHERE id = ?").param(publication)
			.query(String.class).single();
	}

	private static void publication(JdbcClient owner, UUID id, String listener, String type, OffsetDateTime completed) {
		owner.sql("""
				INSERT INTO platform.event_publication (id, listener_id, event_type, serialized_event, publication_date,
				    completion_date) VALUES (:id, :listener, :type, '{}', :at, :completed)""")
			.param("id", id).param("listener", listener).param("type", type).param("at", NOW.minusMinutes(1))
			.param("completed", completed).update();
	}

	/** The release before the move: platform's, venues' and media's schemas at their versions then. */
	private static JdbcClient installAsBeforeTheMove(EmbeddedPostgres server) {
		JdbcClient postgres = JdbcClient.create(server.getPostgresDatabase());
		postgres.sql("CREATE ROLE plaza_owner LOGIN BYPASSRLS").update();
		postgres.sql("CREATE ROLE plaza_app LOGIN NOBYPASSRLS").update();
		postgres.sql("CREATE DATABASE plaza OWNER plaza_owner").update();
		DataSource owner = server.getDatabase("plaza_owner", "plaza");
		migrate(owner, "platform", "latest");
		migrate(owner, "venues", "1");
		migrate(owner, "media", "2");
		return JdbcClient.create(owner);
	}

	private static void migrate(DataSource owner, String module, String version) {
		Flyway.configure().dataSource(owner).schemas(module).defaultSchema(module)
			.locations("classpath:db/migration/" + module).target(version)
			.placeholders(Map.of("app_role", "plaza_app")).load().migrate();
	}

	/** Only what migrates the database: the platform's database configuration and Flyway. */
	@Configuration(proxyBeanMethods = false)
	@ComponentScan("dev.plaza.platform.database")
	@ImportAutoConfiguration(FlywayAutoConfiguration.class)
	static class MigrationsOnly {
	}
}
