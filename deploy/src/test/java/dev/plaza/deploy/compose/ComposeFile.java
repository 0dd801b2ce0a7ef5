package dev.plaza.deploy.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.plaza.deploy.YamlDocuments;
import tools.jackson.databind.JsonNode;

/** {@code deploy/compose.yaml}, with each service's environment as compose hands it to the container. */
record ComposeFile(JsonNode root) {

	static final Path FILE = Path.of("compose.yaml");

	static ComposeFile read() throws IOException {
		return new ComposeFile(YamlDocuments.single(FILE));
	}

	JsonNode service(String name) {
		JsonNode service = root.path("services").path(name);
		if (service.isMissingNode()) {
			throw new AssertionError("no service " + name + " in " + FILE);
		}
		return service;
	}

	/**
	 * The {@code env_file}'s variables, then {@code environment}'s over them, uninterpolated
	 * ({@code ${NAME:-default}} stays as it is). A variable listed without a value maps to null: compose
	 * passes it on from its own environment when set there, and leaves it out otherwise.
	 */
	Map<String, String> environment(String name) {
		JsonNode service = service(name);
		Map<String, String> environment = new TreeMap<>();
		if (service.has("env_file")) {
			environment.putAll(envFile(Path.of(service.get("env_file").asString())));
		}
		service.path("environment").properties()
			.forEach(variable -> environment.put(variable.getKey(), variable.getValue().isNull() ? null : variable.getValue().asString()));
		return environment;
	}

	Set<String> dependsOn(String name) {
		return Set.copyOf(service(name).path("depends_on").propertyNames());
	}

	List<String> healthcheck(String name) {
		return service(name).at("/healthcheck/test").valueStream().map(JsonNode::asString).toList();
	}

	/** Compose's env file format: {@code NAME=value} lines, comments and blank lines skipped. */
	private static Map<String, String> envFile(Path file) {
		try {
			Map<String, String> variables = new TreeMap<>();
			for (String line : Files.readAllLines(file)) {
				if (!line.isBlank() && !line.startsWith("#")) {
					int equals = line.indexOf('=');
					variables.put(line.substring(0, equals), line.substring(equals + 1));
				}
			}
			return variables;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
