package dev.plaza.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Migrates each module's schema on its own: a module keeps its scripts in
 * {@code db/migration/<module>} and gets a schema of that name with its own history table, so
 * modules version their tables independently. The platform schema goes first because the others'
 * row-level security policies call its functions. A module that took tables over from another
 * ({@link Adoption}) goes after the others, so that its predecessor is at its last version when the
 * tables move; a predecessor that is gone from the class path stands, in {@code only}, for the
 * modules that took its tables over. Instances starting together on one database migrate one after
 * the other: a take-over moves tables between schemas, which Flyway's per-schema lock does not cover.
 */
final class ModuleMigrations implements FlywayMigrationStrategy {

	private static final String PLATFORM = "platform";

	/** The advisory lock every Plaza instance holds while it migrates ("plaza" in ASCII). */
	static final long MIGRATION_LOCK = 0x706C617A61L;

	private final List<String> only;

	/** Migrates the named modules, or every module on the classpath if {@code only} is empty. */
	ModuleMigrations(List<String> only) {
		this.only = List.copyOf(only);
	}

	@Override
	public void migrate(Flyway base) {
		try (Connection connection = base.getConfiguration().getDataSource().getConnection();
				Statement lock = connection.createStatement()) {
			lock.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
			try {
				migrateModules(base);
			}
			finally {
				lock.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
			}
		}
		catch (SQLException ex) {
			throw new FlywayException("Could not take the migration lock", ex);
		}
	}

	private void migrateModules(Flyway base) {
		ClassLoader classLoader = base.getConfiguration().getClassLoader();
		Map<String, Optional<Adoption>> adoptions = new TreeMap<>();
		for (String module : modules()) {
			adoptions.put(module, Adoption.declaredBy(module, classLoader));
		}
		SortedSet<String> ordered = new TreeSet<>(Comparator.comparing((String module) -> !module.equals(PLATFORM))
			.thenComparing(module -> adoptions.get(module).isPresent())
			.thenComparing(Comparator.naturalOrder()));
		ordered.addAll(adoptions.keySet());
		for (String module : ordered) {
			FluentConfiguration configuration = Flyway.configure(classLoader)
				.configuration(base.getConfiguration())
				.schemas(module)
				.defaultSchema(module)
				.locations("classpath:db/migration/" + module);
			Optional<Adoption> adoption = adoptions.get(module);
			adoption.ifPresent(declared -> configuration.baselineVersion(declared.baselineVersion())
				.baselineDescription("tables taken over from " + declared.predecessor()));
			Flyway flyway = configuration.load();
			adoption.ifPresent(declared -> declared.takeOver(flyway));
			flyway.migrate();
		}
	}

	private SortedSet<String> modules() {
		SortedSet<String> withScripts = names("classpath*:db/migration/*/V*.sql", "/");
		if (only.isEmpty()) {
			return withScripts;
		}
		SortedSet<String> retired = new TreeSet<>();
		SortedSet<String> modules = new TreeSet<>(only);
		modules.add(PLATFORM);
		for (String successor : names("classpath*:db/adoption/*.properties", ".")) {
			Adoption.declaredBy(successor, getClass().getClassLoader())
				.map(Adoption::predecessor)
				.filter(only::contains)
				.ifPresent(predecessor -> {
					modules.add(successor);
					// A retired module has no scripts left: its name stands for its successors only.
					if (!withScripts.contains(predecessor)) {
						retired.add(predecessor);
					}
				});
		}
		modules.removeAll(retired);
		return modules;
	}

	/**
	 * The module each resource the pattern matches belongs to: the name of its folder
	 * ({@code db/migration/<module>/V1__….sql}, {@code end} "/") or of the file itself
	 * ({@code db/adoption/<module>.properties}, {@code end} ".").
	 */
	private static SortedSet<String> names(String pattern, String end) {
		SortedSet<String> names = new TreeSet<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				String url = resource.getURL().toString();
				String upToName = url.substring(0, url.lastIndexOf(end));
				names.add(upToName.substring(upToName.lastIndexOf('/') + 1));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the modules' migrations", ex);
		}
		return names;
	}
}
