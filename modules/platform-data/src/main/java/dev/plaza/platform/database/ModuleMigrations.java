package dev.plaza.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Migrates each module's schema on its own: a module keeps its scripts in
 * {@code db/migration/<module>} and gets a schema of that name with its own history table, so
 * modules version their tables independently. The platform schema goes first because the others'
 * row-level security policies call its functions.
 */
final class ModuleMigrations implements FlywayMigrationStrategy {

	private static final String PLATFORM = "platform";

	private final List<String> only;

	/** Migrates the named modules, or every module on the classpath if {@code only} is empty. */
	ModuleMigrations(List<String> only) {
		this.only = List.copyOf(only);
	}

	@Override
	public void migrate(Flyway base) {
		for (String module : modules()) {
			Flyway.configure(base.getConfiguration().getClassLoader())
				.configuration(base.getConfiguration())
				.schemas(module)
				.defaultSchema(module)
				.locations("classpath:db/migration/" + module)
				.load()
				.migrate();
		}
	}

	private SortedSet<String> modules() {
		SortedSet<String> modules = new TreeSet<>(
				Comparator.comparing((String module) -> !module.equals(PLATFORM)).thenComparing(Comparator.naturalOrder()));
		if (!only.isEmpty()) {
			modules.add(PLATFORM);
			modules.addAll(only);
			return modules;
		}
		try {
			for (Resource script : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/V*.sql")) {
				String url = script.getURL().toString();
				String folder = url.substring(0, url.lastIndexOf('/'));
				modules.add(folder.substring(folder.lastIndexOf('/') + 1));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the modules' migrations", ex);
		}
		return modules;
	}
}
