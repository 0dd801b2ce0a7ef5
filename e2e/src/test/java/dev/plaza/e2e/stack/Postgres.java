package dev.plaza.e2e.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One PostgreSQL 17 server for every service, each with a database of its own, as an operator sets
 * them up (deploy/postgres/roles.sh, README): {@value #OWNER} owns the databases and runs the
 * migrations; {@value #APP} owns nothing, so row-level security always applies to it. Both log in
 * with a password; only the test's own superuser connections go without.
 */
public final class Postgres implements AutoCloseable {

	public static final String OWNER = "plaza_owner";

	public static final String APP = "plaza_app";

	/**
	 * The apps' roles prove their password; the server's superuser, which the test uses to set up and to
	 * look underneath, is trusted on loopback.
	 */
	private static final String CLIENT_AUTHENTICATION = """
			local all postgres trust
			host all postgres 127.0.0.1/32 trust
			host all postgres ::1/128 trust
			host all all 127.0.0.1/32 scram-sha-256
			host all all ::1/128 scram-sha-256
			""";

	private final EmbeddedPostgres server;

	private final String ownerPassword = UUID.randomUUID().toString();

	private final String appPassword = UUID.randomUUID().toString();

	private Postgres(Path directory, List<String> databases) throws IOException, SQLException {
		Files.createDirectories(directory);
		Path log = directory.resolve("postgres.log");
		this.server = EmbeddedPostgres.builder()
			.setDataDirectory(directory.resolve("data"))
			.setPort(Ports.free())
			.setPGStartupWait(Duration.ofSeconds(60))
			.setDataDirectoryCustomizer(data -> writeClientAuthentication(data.toPath()))
			.setServerConfig("listen_addresses", "127.0.0.1")
			// A test's data need not survive a power cut.
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("full_page_writes", "off")
			// Five services, two of them twice, each with a pool of 20 and its migrations.
			.setServerConfig("max_connections", "300")
			.setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		createRolesAndDatabases(databases);
	}

	/** Started, with the two roles and the named databases, all owned by {@value #OWNER}. */
	public static Postgres start(Path directory, List<String> databases) {
		try {
			return new Postgres(directory, databases);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PostgreSQL did not start; see " + directory.resolve("postgres.log"), ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create Plaza's roles and databases", ex);
		}
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + database;
	}

	public String ownerPassword() {
		return ownerPassword;
	}

	public String appPassword() {
		return appPassword;
	}

	/** A superuser connection to the database: for looking underneath the services, never for the services. */
	public Connection superuser(String database) throws SQLException {
		return server.getDatabase("postgres", database).getConnection();
	}

	@Override
	public void close() throws IOException {
		server.close();
	}

	private void createRolesAndDatabases(List<String> databases) throws SQLException {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement sql = connection.createStatement()) {
			// BYPASSRLS: the owner's SECURITY DEFINER functions (retention, image owners) cross tenants on
			// tables that force row-level security even on their owner.
			sql.execute("CREATE ROLE " + OWNER + " LOGIN BYPASSRLS PASSWORD '" + ownerPassword + "'");
			sql.execute("CREATE ROLE " + APP + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '" + appPassword + "'");
			for (String database : databases) {
				sql.execute("CREATE DATABASE " + database + " OWNER " + OWNER);
			}
		}
	}

	private static void writeClientAuthentication(Path data) {
		try {
			Files.writeString(data.resolve("pg_hba.conf"), CLIENT_AUTHENTICATION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
