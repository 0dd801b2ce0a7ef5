package dev.plaza.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every object in {@code deploy/k8s} is one the Kubernetes API would accept, checked offline against
 * its OpenAPI schema; and the check does refuse what the API server refuses.
 */
class KubernetesSchemaTest {

	static KubernetesManifests manifests;

	@BeforeAll
	static void readTheManifests() throws Exception {
		manifests = KubernetesManifests.read();
	}

	@Test
	void everyManifestFollowsTheKubernetesSchema() {
		assertThat(manifests.all()).hasSizeGreaterThanOrEqualTo(27);

		List<String> violations = manifests.all().stream()
			.flatMap(manifest -> KubernetesSchema.violation(manifest.object()).map(why -> manifest + ": " + why).stream())
			.toList();

		assertThat(violations).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("breakages")
	void aBrokenManifestIsRefused(Consumer<ObjectNode> breakage, String kind, String name, String refusal) {
		ObjectNode broken = (ObjectNode) manifests.named(kind, name).object().deepCopy();
		breakage.accept(broken);

		assertThat(KubernetesSchema.violation(broken)).hasValueSatisfying(why -> assertThat(why).contains(refusal));
	}

	static Stream<Arguments> breakages() {
		return Stream.of(
				broken("unknown field: replica instead of replicas", deployment -> spec(deployment).put("replica", 3),
						"Deployment", "gateway-green", "The field `replica` in the JSON string is not defined in the `V1DeploymentSpec` properties"),
				broken("unknown field deep in the pod template: readynessProbe", deployment -> container(deployment)
					.set("readynessProbe", container(deployment).get("readinessProbe")),
						"Deployment", "gateway-blue", "The field `readynessProbe` in the JSON string is not defined in the `V1Container` properties"),
				broken("wrong type: replicas \"two\"", deployment -> spec(deployment).put("replicas", "two"),
						"Deployment", "gateway-green", "NumberFormatException"),
				broken("wrong type: containerPort \"http\"", deployment -> ((ObjectNode) container(deployment).get("ports").get(0))
					.put("containerPort", "http"), "Deployment", "commerce-service-blue", "NumberFormatException"),
				broken("wrong type: a memory limit that is no quantity", deployment -> ((ObjectNode) container(deployment)
					.get("resources").get("limits")).put("memory", "a lot"), "Deployment", "ledger-service-blue", "quantity"),
				broken("wrong type: containers as an object", deployment -> podSpec(deployment)
					.set("containers", container(deployment)), "Deployment", "ledger-service-blue", "Expected the field `containers` to be an array"),
				broken("missing required field: a container's name", deployment -> container(deployment).remove("name"),
						"Deployment", "catalog-service-blue", "The required field `name` is not found"),
				broken("missing required field: the autoscaler's maxReplicas", hpa -> spec(hpa).remove("maxReplicas"),
						"HorizontalPodAutoscaler", "commerce-service-blue", "The required field `maxReplicas` is not found"),
				broken("missing required field: a Service port's number", service -> ((ObjectNode) spec(service).get("ports").get(0))
					.remove("port"), "Service", "gateway", "The required field `port` is not found"),
				broken("a kind Kubernetes does not have", deployment -> deployment.put("kind", "Deploymnet"),
						"Deployment", "gateway-blue", "no schema for apiVersion/kind \"apps/v1/Deploymnet\""));
	}

	private static Arguments broken(String what, Consumer<ObjectNode> breakage, String kind, String name, String refusal) {
		return Arguments.of(Named.of(what, breakage), kind, name, refusal);
	}

	private static ObjectNode spec(ObjectNode object) {
		return (ObjectNode) object.get("spec");
	}

	private static ObjectNode podSpec(ObjectNode deployment) {
		return (ObjectNode) spec(deployment).get("template").get("spec");
	}

	private static ObjectNode container(ObjectNode deployment) {
		JsonNode containers = podSpec(deployment).get("containers");
		return (ObjectNode) ((ArrayNode) containers).get(0);
	}
}
