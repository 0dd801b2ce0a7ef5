package dev.plaza.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A module taking tables over from the module that kept them before (its predecessor), so that an
 * installation made before a module was split keeps its data. A module declares it in
 * {@code db/adoption/<module>.properties}:
 *
 * <pre>
 * predecessor=catalog
 * tables=cities, cinemas, rooms, movies, showtimes
 * functions=image_owner(uuid)
 * baseline-version=1
 * </pre>
 *
 * When the module's schema has no history yet and the predecessor's schema holds every listed table,
 * the tables move into the module's schema in one transaction ({@code ALTER TABLE … SET SCHEMA}: their
 * rows, indexes, constraints, row-level security policies, grants, triggers and owned sequences go
 * with them), as do the listed functions, and the roles that could use the predecessor's schema may
 * use the module's. The module's history is then baselined at {@code baseline-version}: its scripts
 * up to that version, which create those same tables on a new installation, are skipped, the later
 * ones run. A moved function's body still names the predecessor's schema, so a script after the
 * baseline must replace it ({@code CREATE OR REPLACE}). A predecessor left with nothing but its
 * history is dropped. When the predecessor holds none of the tables (a new installation), the
 * module's own scripts create them; when it holds only some, migration stops: the installation is
 * neither the predecessor's last shape nor new.
 */
record Adoption(String module, String predecessor, List<String> tables, List<String> functions, String baselineVersion) {

	/** The adoption {@code module} declares, if any, read from the class path. */
	static Optional<Adoption> declaredBy(String module, ClassLoader classLoader) {
		try (InputStream declaration = classLoader.getResourceAsStream("db/adoption/" + module + ".properties")) {
			if (declaration == null) {
				return Optional.empty();
			}
			Properties properties = new Properties();
			properties.load(declaration);
			return Optional.of(new Adoption(module, required(properties, module, "predecessor"),
					names(properties.getProperty("tables", "")), names(properties.getProperty("functions", "")),
					required(properties, module, "baseline-version")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the adoption declared by module " + module, ex);
		}
	}

	/**
	 * Moves the tables over if the predecessor still has them, then baselines the module's history if
	 * its schema holds them without one (also after a crash between the two).
	 */
	void takeOver(Flyway flyway) {
		DataSource dataSource = flyway.getConfiguration().getDataSource();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String history = flyway.getConfiguration().getTable();
		if (tableExists(jdbc, module, history)) {
			return;
		}
		long inPredecessor = tables.stream().filter(table -> tableExists(jdbc, predecessor, table)).count();
		if (inPredecessor == tables.size()) {
			new TransactionTemplate(new DataSourceTransactionManager(dataSource))
				.executeWithoutResult(status -> move(jdbc, history));
		}
		else if (inPredecessor > 0) {
			throw new IllegalStateException("Schema " + predecessor + " holds only some of the tables module " + module
					+ " takes over (" + String.join(", ", tables) + "): migrate it with the last release that had module "
					+ predecessor + " first");
		}
		if (tables.stream().allMatch(table -> tableExists(jdbc, module, table))) {
			flyway.baseline();
		}
	}

	private void move(JdbcTemplate jdbc, String history) {
		jdbc.execute("CREATE SCHEMA IF NOT EXISTS " + quoted(module));
		for (String role : jdbc.queryForList("""
				SELECT r.rolname FROM pg_namespace n CROSS JOIN aclexplode(n.nspacl) a JOIN pg_roles r ON r.oid = a.grantee
				WHERE n.nspname = ? AND a.privilege_type = 'USAGE' AND a.grantee <> n.nspowner""", String.class,
				predecessor)) {
			jdbc.execute("GRANT USAGE ON SCHEMA " + quoted(module) + " TO " + quoted(role));
		}
		for (String table : tables) {
			jdbc.execute("ALTER TABLE " + quoted(predecessor) + "." + quoted(table) + " SET SCHEMA " + quoted(module));
		}
		for (String function : functions) {
			// A signature such as image_owner(uuid): the name is quoted, the argument types are SQL.
			int arguments = function.indexOf('(');
			jdbc.execute("ALTER FUNCTION " + quoted(predecessor) + "." + quoted(function.substring(0, arguments))
					+ function.substring(arguments) + " SET SCHEMA " + quoted(module));
		}
		retireIfEmpty(jdbc, history);
	}

	/** Drops the predecessor's schema once nothing but its history is left in it. */
	private void retireIfEmpty(JdbcTemplate jdbc, String history) {
		Long left = jdbc.queryForObject("""
				SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				        WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S', 'c') AND c.relname <> ?)
				     + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ?)
				     + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
				        WHERE n.nspname = ? AND t.typtype IN ('d', 'e', 'r', 'm'))""", Long.class, predecessor, history,
				predecessor, predecessor);
		if (left != null && left == 0) {
			jdbc.execute("DROP SCHEMA " + quoted(predecessor) + " CASCADE");
		}
	}

	private static boolean tableExists(JdbcTemplate jdbc, String schema, String table) {
		return Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class,
				quoted(schema) + "." + quoted(table)));
	}

	private static String quoted(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	/** A comma-separated list; commas inside parentheses belong to a function's signature. */
	private static List<String> names(String list) {
		return Arrays.stream(list.split(",(?![^(]*\\))")).map(String::trim).filter(name -> !name.isEmpty()).toList();
	}

	private static String required(Properties properties, String module, String key) {
		String value = properties.getProperty(key, "").trim();
		if (value.isEmpty()) {
			throw new IllegalStateException("db/adoption/" + module + ".properties names no " + key);
		}
		return value;
	}
}
