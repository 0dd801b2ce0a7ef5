package dev.plaza.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.StreamSupport;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** YAML read the way kubectl and compose read it (YAML 1.2, aliases resolved), as JSON trees. */
public final class YamlDocuments {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private YamlDocuments() {
	}

	public static List<JsonNode> in(Path file) throws IOException {
		return of(Files.readString(file));
	}

	/** Every document of a multi-document text; empty ones (a trailing "---") are skipped. */
	public static List<JsonNode> of(String yaml) {
		Iterable<Object> documents = new Load(LoadSettings.builder().build()).loadAllFromString(yaml);
		return StreamSupport.stream(documents.spliterator(), false)
			.filter(Objects::nonNull)
			.map(document -> (JsonNode) JSON.valueToTree(document))
			.toList();
	}

	public static JsonNode single(Path file) throws IOException {
		return in(file).getFirst();
	}

	public static JsonNode json(String json) {
		return JSON.readTree(json);
	}
}
