package dev.plaza.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.plaza.deploy.YamlDocuments;
import dev.plaza.deploy.k8s.KubernetesManifests.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the schema cannot see: that the objects in {@code deploy/k8s} fit together (selectors,
 * autoscaler targets, ConfigMaps, probe ports), that every app is probed, sized and autoscaled,
 * and that each app's blue and green slots are the same workload, so a switch changes nothing but
 * the version.
 */
class KubernetesManifestsTest {

	static final Set<String> APPS = Set.of("gateway", "catalog-service", "commerce-service", "ledger-service", "identity-service");

	static final String SLOT = "plaza.dev/slot";

	static KubernetesManifests manifests;

	@BeforeAll
	static void readTheManifests() throws Exception {
		manifests = KubernetesManifests.read();
	}

	@Test
	void theKustomizationAppliesEveryManifest() throws Exception {
		JsonNode kustomization = YamlDocuments.single(KubernetesManifests.DIRECTORY.resolve(KubernetesManifests.KUSTOMIZATION));

		assertThat(kustomization.get("resources").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrderElementsOf(KubernetesManifests.manifestFiles());
	}

	@Test
	void everyAppIsProbedSizedAndRunsInBlueAndGreen() {
		for (String app : APPS) {
			for (String slot : List.of("blue", "green")) {
				JsonNode container = container(manifests.named("Deployment", app + "-" + slot));
				assertThat(container.get("image").asString()).startsWith("plaza/" + app + ":");
				assertThat(probe(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
				assertThat(probe(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
				assertThat(container.at("/resources/requests").propertyNames()).contains("cpu", "memory");
				assertThat(container.at("/resources/limits").propertyNames()).contains("memory");
				assertThat(container.get("ports").valueStream().map(port -> port.get("name").asString()))
					.as("%s probes a port by the name it declares", app)
					.contains(container.at("/readinessProbe/httpGet/port").asString());
			}
		}
	}

	/**
	 * Probes and Prometheus reach each app's actuator endpoints on a management port of its own, where
	 * no token is asked for; the Service, and so the gateway and the clients, reach only the API port.
	 */
	@Test
	void prometheusAndTheProbesUseAManagementPortTheServiceDoesNotExpose() {
		for (String app : APPS) {
			Manifest deployment = manifests.named("Deployment", app + "-blue");
			JsonNode container = container(deployment);
			int management = container.get("ports").valueStream()
				.filter(port -> port.get("name").asString().equals("management"))
				.mapToInt(port -> port.get("containerPort").asInt())
				.findFirst()
				.orElseThrow(() -> new AssertionError(app + " declares no management port"));
			JsonNode annotations = deployment.object().at("/spec/template/metadata/annotations");
			Map<String, String> environment = manifests.environment(deployment);

			assertThat(annotations.get("prometheus.io/port").asString()).as(app).isEqualTo(Integer.toString(management));
			assertThat(annotations.get("prometheus.io/path").asString()).as(app).isEqualTo("/actuator/prometheus");
			for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
				assertThat(container.at("/" + probe + "/httpGet/port").asString()).as("%s %s", app, probe).isEqualTo("management");
			}
			if (app.equals("gateway")) {
				assertThat(environment).containsEntry("MANAGEMENT_SERVER_PORT", Integer.toString(management));
			}
			else {
				// PLAZA_MANAGEMENT_PORT listens on loopback unless told otherwise; the kubelet and Prometheus come from outside.
				assertThat(environment).as(app)
					.containsEntry("PLAZA_MANAGEMENT_PORT", Integer.toString(management))
					.containsEntry("MANAGEMENT_SERVER_ADDRESS", "0.0.0.0");
			}
			assertThat(manifests.named("Service", app).object().at("/spec/ports").valueStream()
				.map(port -> port.get("targetPort").asString())).as(app).containsExactly("http");
		}
	}

	@Test
	void blueAndGreenDifferOnlyInTheirSlotAndTheIdleOneHasNoPods() {
		for (String app : APPS) {
			JsonNode blue = manifests.named("Deployment", app + "-blue").object();
			JsonNode green = manifests.named("Deployment", app + "-green").object();

			assertThat(withoutSlot(green.at("/spec/template"))).as(app).isEqualTo(withoutSlot(blue.at("/spec/template")));
			assertThat(blue.at("/spec/template/metadata/labels/" + escaped(SLOT)).asString()).isEqualTo("blue");
			assertThat(green.at("/spec/template/metadata/labels/" + escaped(SLOT)).asString()).isEqualTo("green");
			assertThat(blue.at("/spec/replicas").isMissingNode()).as("%s-blue leaves its replica count to its autoscaler", app).isTrue();
			assertThat(green.at("/spec/replicas").asInt()).isZero();
		}
	}

	@Test
	void eachServiceSendsTrafficToExactlyTheLiveSlotOfItsApp() {
		for (String app : APPS) {
			Map<String, String> selector = labels(manifests.named("Service", app).object().at("/spec/selector"));

			List<String> selected = manifests.ofKind("Deployment")
				.filter(deployment -> labels(deployment.object().at("/spec/template/metadata/labels")).entrySet()
					.containsAll(selector.entrySet()))
				.map(Manifest::name)
				.toList();

			assertThat(selected).containsExactly(app + "-blue");
			assertThat(manifests.named("Service", app).object().at("/spec/ports/0/targetPort").asString()).isEqualTo("http");
		}
	}

	@Test
	void everyDeploymentHasAnAutoscalerAndEveryAutoscalerADeployment() {
		List<String> deployments = manifests.ofKind("Deployment").map(Manifest::name).toList();

		assertThat(manifests.ofKind("HorizontalPodAutoscaler").map(hpa -> {
			JsonNode target = hpa.object().at("/spec/scaleTargetRef");
			assertThat(target.get("kind").asString()).isEqualTo("Deployment");
			return target.get("name").asString();
		})).containsExactlyInAnyOrderElementsOf(deployments);
	}

	@Test
	void aDrainNeverTakesMoreThanOneCheckoutPodAtATime() {
		JsonNode budget = manifests.named("PodDisruptionBudget", "commerce-service").object();

		assertThat(budget.at("/spec/maxUnavailable").asInt()).isEqualTo(1);
		assertThat(labels(budget.at("/spec/selector/matchLabels")))
			.containsExactly(Map.entry("app.kubernetes.io/name", "commerce-service"));
	}

	@Test
	void everyConfigMapAndSecretTheAppsReadIsShippedOrDocumented() throws Exception {
		String readme = Files.readString(KubernetesManifests.DIRECTORY.resolve("README.md"));
		for (Manifest deployment : manifests.ofKind("Deployment").toList()) {
			JsonNode container = container(deployment);
			container.path("envFrom").forEach(source -> manifests.named("ConfigMap", source.at("/configMapRef/name").asString()));
			container.path("env").forEach(variable -> {
				JsonNode secret = variable.at("/valueFrom/secretKeyRef");
				if (!secret.isMissingNode()) {
					assertThat(readme).as("README tells how to create the Secret %s", secret.get("name").asString())
						.contains("secret generic " + secret.get("name").asString())
						.contains("--from-literal=" + secret.get("key").asString() + "=");
				}
			});
		}
	}

	private static JsonNode container(Manifest deployment) {
		return deployment.object().at("/spec/template/spec/containers/0");
	}

	private static String probe(JsonNode container, String probe) {
		return container.path(probe).at("/httpGet/path").asString();
	}

	private static JsonNode withoutSlot(JsonNode template) {
		JsonNode copy = template.deepCopy();
		((ObjectNode) copy.at("/metadata/labels")).remove(SLOT);
		return copy;
	}

	private static Map<String, String> labels(JsonNode labels) {
		Map<String, String> map = new TreeMap<>();
		labels.properties().forEach(label -> map.put(label.getKey(), label.getValue().asString()));
		return map;
	}

	private static String escaped(String label) {
		return label.replace("~", "~0").replace("/", "~1");
	}
}
