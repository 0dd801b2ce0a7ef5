package dev.plaza;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The application a module test bootstraps from: {@code @ApplicationModuleTest} finds it above the
 * test's package and starts only the module under test, the modules its mode includes and the shared
 * platform, from the jars on that module's class path. Like the apps it runs scheduled jobs and
 * asynchronous listeners, on an embedded PostgreSQL of its own under {@code target/}.
 */
@SpringBootApplication
@EnableScheduling
@EnableAsync
@Modulithic(systemName = "Plaza module test", sharedModules = "platform")
public class ModuleTestApplication {
}
