package dev.plaza.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.plaza.venues.ShowtimeCancelled;
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
import org.springframework.transaction.event.TransactionalApplicationListenerMethodAdapter;

/**
 * An installation that stopped while events were on their way to the listeners of orders and
 * notifications (a paid order not yet confirmed, a cancelled showtime not yet passed on to webhooks)
 * still delivers them after the upgrade that moved those listeners into the modules' {@code jobs}
 * packages: the registry's undelivered publications name the listeners as the running code does, so
 * the restart hands them over. What was delivered before keeps its old name as history.
 */
class ListenersMovedToJobsTest {

	static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

	static final String CONFIRMATION_BEFORE = "dev.plaza.orders.internal.Confirmation.on(dev.plaza.orders.OrderPaid)";

	static final String WEBHOOKS_BEFORE =
			"dev.plaza.notifications.webhooks.EventsToWebhooks.on(dev.plaza.venues.ShowtimeCancelled)";

	@TempDir
	Path home;

	@Test
	void undeliveredEventsReachTheMovedListenersAfterTheUpgrade() throws Exception {
		UUID paidNotConfirmed = UUID.randomUUID();
		UUID cancelledNotPassedOn = UUID.randomUUID();
		UUID confirmedLongAgo = UUID.randomUUID();
		try (EmbeddedPostgres before = EmbeddedPostgres.builder().setDataDirectory(home.resolve("postgres"))
			.setCleanDataDirectory(false)
			.start()) {
			JdbcClient registry = JdbcClient.create(installAsBeforeTheMove(before));
			publish(registry, paidNotConfirmed, CONFIRMATION_BEFORE, "dev.plaza.orders.OrderPaid", null);
			publish(registry, cancelledNotPassedOn, WEBHOOKS_BEFORE, "dev.plaza.venues.ShowtimeCancelled", null);
			publish(registry, confirmedLongAgo, CONFIRMATION_BEFORE, "dev.plaza.orders.OrderPaid", NOW.minusDays(1));
		}

		try (ConfigurableApplicationContext upgraded = new SpringApplicationBuilder(MigrationsOnly.class)
			.web(WebApplicationType.NONE)
			.run("--plaza.home=" + home, "--plaza.database.embedded.durable=false",
					"--plaza.database.modules=orders,notifications")) {
			JdbcClient registry = JdbcClient.create(upgraded.getBean("migrationDataSource", DataSource.class));

			assertThat(listenerOf(registry, paidNotConfirmed)).as("the paid order's confirmation, still to be made")
				.isEqualTo(listenerId("dev.plaza.orders.jobs.Confirmation", "dev.plaza.orders.OrderPaid"));
			assertThat(listenerOf(registry, cancelledNotPassedOn)).as("the cancelled showtime's webhook, still to be sent")
				.isEqualTo(listenerId("dev.plaza.notifications.jobs.EventsToWebhooks", ShowtimeCancelled.class.getName()));
			assertThat(listenerOf(registry, confirmedLongAgo)).as("a delivered event stays as it was recorded")
				.isEqualTo(CONFIRMATION_BEFORE);
		}
	}

	/** The platform's, orders' and notifications' schemas as the release before the move left them. */
	private static DataSource installAsBeforeTheMove(EmbeddedPostgres server) throws Exception {
		JdbcClient postgres = JdbcClient.create(server.getPostgresDatabase());
		postgres.sql("CREATE ROLE plaza_owner LOGIN BYPASSRLS").update();
		postgres.sql("CREATE ROLE plaza_app LOGIN NOBYPASSRLS").update();
		postgres.sql("CREATE DATABASE plaza OWNER plaza_owner").update();
		DataSource owner = server.getDatabase("plaza_owner", "plaza");
		for (String module : List.of("platform", "notifications", "orders")) {
			var flyway = Flyway.configure().dataSource(owner).schemas(module).defaultSchema(module)
				.locations("classpath:db/migration/" + module).placeholders(Map.of("app_role", "plaza_app"));
			(module.equals("platform") ? flyway : flyway.target("2")).load().migrate();
		}
		return owner;
	}

	private static void publish(JdbcClient registry, UUID id, String listener, String eventType, OffsetDateTime completed) {
		registry.sql("""
				INSERT INTO platform.event_publication (id, listener_id, event_type, serialized_event, publication_date,
				    completion_date)
				VALUES (:id, :listener, :type, '{}', :at, :completed)""")
			.param("id", id).param("listener", listener).param("type", eventType).param("at", NOW.minusDays(2))
			.param("completed", completed).update();
	}

	private static String listenerOf(JdbcClient registry, UUID publication) {
		return registry.sql("SELECT listener_id FROM platform.event_publication WHERE id = :id").param("id", publication)
			.query(String.class).single();
	}

	/** The id the registry records for the listener method {@code on(event)} of the running code. */
	private static String listenerId(String listener, String event) throws ReflectiveOperationException {
		Class<?> type = Class.forName(listener);
		Method on = type.getDeclaredMethod("on", Class.forName(event));
		return new TransactionalApplicationListenerMethodAdapter("listener", type, on).getListenerId();
	}

	/** Only what migrates the database: the platform's database configuration and Flyway. */
	@Configuration(proxyBeanMethods = false)
	@ComponentScan("dev.plaza.platform.database")
	@ImportAutoConfiguration(FlywayAutoConfiguration.class)
	static class MigrationsOnly {
	}
}
