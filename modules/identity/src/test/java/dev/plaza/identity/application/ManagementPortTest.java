package dev.plaza.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ManagementPortTest {

	@Test
	void aManagementPortListensOnLoopbackOnly() {
		StandardEnvironment environment = environment(Map.of("PLAZA_MANAGEMENT_PORT", "9001"));

		new ManagementPort().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("management.server.port")).isEqualTo("9001");
		assertThat(environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
	}

	@Test
	void withoutOneTheEndpointsStayOnTheMainPort() {
		StandardEnvironment environment = environment(Map.of());

		new ManagementPort().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("management.server.port")).isNull();
		assertThat(environment.getProperty("management.server.address")).as("Spring Boot refuses an address alone").isNull();
	}

	@Test
	void anExplicitManagementAddressWins() {
		StandardEnvironment environment = environment(
				Map.of("PLAZA_MANAGEMENT_PORT", "9001", "management.server.address", "10.0.0.5"));

		new ManagementPort().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("management.server.address")).isEqualTo("10.0.0.5");
	}

	private static StandardEnvironment environment(Map<String, Object> settings) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("settings", settings));
		return environment;
	}
}
