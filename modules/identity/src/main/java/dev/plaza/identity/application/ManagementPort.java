package dev.plaza.identity.application;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code PLAZA_MANAGEMENT_PORT} moves the actuator endpoints to a port of their own that listens on
 * 127.0.0.1 only. Spring Boot refuses a management address without a port of its own, so the two
 * are set together, here, and only when the port is asked for; explicit {@code management.server.*}
 * settings still win.
 */
class ManagementPort implements EnvironmentPostProcessor {

	static final String VARIABLE = "PLAZA_MANAGEMENT_PORT";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String port = environment.getProperty(VARIABLE);
		if (port == null || port.isBlank()) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("plazaManagementPort",
					Map.of("management.server.port", port.strip(), "management.server.address", "127.0.0.1")));
	}
}
