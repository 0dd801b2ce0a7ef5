package dev.plaza.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.plaza.deploy.YamlDocuments;
import tools.jackson.databind.JsonNode;

/** Every object in {@code deploy/k8s}, with the file it comes from. */
record KubernetesManifests(List<Manifest> all) {

	static final Path DIRECTORY = Path.of("k8s");

	static final String KUSTOMIZATION = "kustomization.yaml";

	private static final Pattern REFERENCE = Pattern.compile("\\$\\((\\w+)\\)");

	record Manifest(String file, JsonNode object) {

		String kind() {
			return object.path("kind").asString();
		}

		String name() {
			return object.path("metadata").path("name").asString();
		}

		@Override
		public String toString() {
			return file + ": " + kind() + " " + name();
		}
	}

	static KubernetesManifests read() throws IOException {
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			return new KubernetesManifests(files.filter(KubernetesManifests::isManifest).sorted()
				.flatMap(file -> documents(file).stream().map(object -> new Manifest(file.getFileName().toString(), object)))
				.toList());
		}
	}

	static List<String> manifestFiles() throws IOException {
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			return files.filter(KubernetesManifests::isManifest).map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	Stream<Manifest> ofKind(String kind) {
		return all.stream().filter(manifest -> manifest.kind().equals(kind));
	}

	Manifest named(String kind, String name) {
		return ofKind(kind).filter(manifest -> manifest.name().equals(name)).findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in " + DIRECTORY));
	}

	/**
	 * A Deployment's first container's environment as the kubelet builds it: the ConfigMaps of
	 * {@code envFrom}, then {@code env} over them, each {@code $(NAME)} in a value replaced by the
	 * variable defined before it (left as it is when there is none). A value from a Secret reads
	 * {@code secret:<name>/<key>}.
	 */
	Map<String, String> environment(Manifest deployment) {
		JsonNode container = deployment.object().at("/spec/template/spec/containers/0");
		Map<String, String> environment = new TreeMap<>();
		container.path("envFrom").forEach(source -> named("ConfigMap", source.at("/configMapRef/name").asString()).object()
			.path("data").properties().forEach(entry -> environment.put(entry.getKey(), entry.getValue().asString())));
		container.path("env").forEach(variable -> {
			JsonNode secret = variable.at("/valueFrom/secretKeyRef");
			environment.put(variable.get("name").asString(), secret.isMissingNode() ? expanded(variable.path("value").asString(), environment)
					: "secret:" + secret.get("name").asString() + "/" + secret.get("key").asString());
		});
		return environment;
	}

	private static String expanded(String value, Map<String, String> defined) {
		Matcher reference = REFERENCE.matcher(value);
		return reference.replaceAll(found -> Matcher.quoteReplacement(defined.getOrDefault(found.group(1), found.group())));
	}

	private static boolean isManifest(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".yaml") && !name.equals(KUSTOMIZATION);
	}

	private static List<JsonNode> documents(Path file) {
		try {
			return YamlDocuments.in(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
