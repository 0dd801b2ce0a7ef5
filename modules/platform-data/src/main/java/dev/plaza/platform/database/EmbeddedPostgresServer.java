package dev.plaza.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

/**
 * A real PostgreSQL server run from the binaries shipped on Maven Central, with its cluster kept
 * in a directory of ours. It creates two roles: {@value #OWNER_ROLE}, which owns every schema and
 * runs the migrations, and the application role, which owns nothing and so stays subject to
 * row-level security.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	static final String OWNER_ROLE = "plaza_owner";

	static final String DATABASE = "plaza";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	EmbeddedPostgresServer(DatabaseProperties.Embedded settings, String appRole) throws IOException, SQLException {
		Path dataDirectory = settings.dataDirectory().toAbsolutePath();
		Files.createDirectories(dataDirectory.getParent());
		stopOrphanedServer(dataDirectory);
		String durable = settings.durable() ? "on" : "off";
		ServerMemory memory = ServerMemory.of(settings.sharedBuffers());
		this.postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(settings.port())
			.setPGStartupWait(Duration.ofSeconds(60))
			// Stopped when the application context closes, after everything using it; a JVM shutdown hook of
			// its own would stop it concurrently, under the event registry and the pool still shutting down.
			.setRegisterShutdownHook(false)
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("fsync", durable)
			.setServerConfig("synchronous_commit", durable)
			.setServerConfig("full_page_writes", durable)
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", megabytes(memory.sharedBuffers()))
			.setServerConfig("effective_cache_size", megabytes(memory.effectiveCache()))
			.setServerConfig("wal_buffers", "16MB")
			// Checkpoints far enough apart that a bulk job (a close of business rewrites every loan) is not
			// slowed by one every gigabyte of WAL, each making the next change of every page log the whole page.
			.setServerConfig("max_wal_size", "4GB")
			.setServerConfig("checkpoint_timeout", "15min")
			.setServerConfig("checkpoint_completion_target", "0.9")
			.setOutputRedirector(ProcessBuilder.Redirect.appendTo(dataDirectory.resolveSibling("postgres.log").toFile()))
			.setErrorRedirector(ProcessBuilder.Redirect.appendTo(dataDirectory.resolveSibling("postgres.log").toFile()))
			.start();
		createRolesAndDatabase(appRole);
		log.info("Embedded PostgreSQL listening on 127.0.0.1:{}, data in {}, fsync {}, shared_buffers {}", port(),
				dataDirectory, durable, megabytes(memory.sharedBuffers()));
	}

	private static String megabytes(DataSize size) {
		return size.toMegabytes() + "MB";
	}

	int port() {
		return postgres.getPort();
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
	}

	private void createRolesAndDatabase(String appRole) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement sql = connection.createStatement()) {
			sql.execute("""
					DO $$ BEGIN
					  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
					    CREATE ROLE %1$s LOGIN BYPASSRLS;
					  END IF;
					  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%2$s') THEN
					    CREATE ROLE %2$s LOGIN NOBYPASSRLS;
					  END IF;
					END $$""".formatted(OWNER_ROLE, appRole));
			if (!sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'").next()) {
				sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE);
			}
		}
	}

	/**
	 * A Plaza process killed with SIGKILL leaves its PostgreSQL server running on the data
	 * directory; shut that server down (fast mode) so this one can start. Only a PostgreSQL server:
	 * after a reboot the pid in a stale {@code postmaster.pid} may be any other process's, and
	 * PostgreSQL itself starts over such a file.
	 */
	private static void stopOrphanedServer(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
		ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(EmbeddedPostgresServer::isPostgres).ifPresent(orphan -> {
			log.warn("Stopping PostgreSQL server {} left running on {} by an earlier Plaza process", pid, dataDirectory);
			try {
				new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
				orphan.onExit().get(60, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not stop the PostgreSQL server (pid " + pid + ") still running on "
						+ dataDirectory + "; stop it and start Plaza again", ex);
			}
		});
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> Path.of(command).getFileName().toString().equals("postgres")).orElse(false);
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}
}
