package dev.plaza.deploy.k8s;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import tools.jackson.databind.JsonNode;

/**
 * The Kubernetes API's OpenAPI schema, offline: the official Java client's models are generated from
 * it, and each one checks a JSON object against its schema ({@code validateJsonElement}: every field
 * known, every required field present, objects and arrays where the schema has them, recursively);
 * reading the object into the model then checks the scalar types (integers, quantities,
 * int-or-strings).
 */
final class KubernetesSchema {

	private static final Map<String, Class<?>> MODELS = Map.of(
			"v1/Namespace", V1Namespace.class,
			"v1/ConfigMap", V1ConfigMap.class,
			"v1/Secret", V1Secret.class,
			"v1/Service", V1Service.class,
			"apps/v1/Deployment", V1Deployment.class,
			"autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class,
			"policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class);

	private KubernetesSchema() {
	}

	/** Why the API server would refuse this object, or empty when the schema accepts it. */
	static Optional<String> violation(JsonNode object) {
		String type = object.path("apiVersion").asString("") + "/" + object.path("kind").asString("");
		Class<?> model = MODELS.get(type);
		if (model == null) {
			return Optional.of("no schema for apiVersion/kind \"" + type + "\" (known: " + MODELS.keySet() + ")");
		}
		String json = object.toString();
		try {
			model.getMethod("validateJsonElement", JsonElement.class).invoke(null, JsonParser.parseString(json));
			new JSON().deserialize(json, model);
			return Optional.empty();
		}
		catch (InvocationTargetException refused) {
			return Optional.of(withoutTheEchoedJson(refused.getCause().getMessage()));
		}
		catch (RuntimeException wrongType) {
			return Optional.of(wrongType.getMessage());
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(model + " is not a generated Kubernetes model", e);
		}
	}

	/** The client appends the whole offending object to its messages; the field name says enough. */
	private static String withoutTheEchoedJson(String message) {
		int json = message.indexOf(" JSON: ");
		return json < 0 ? message : message.substring(0, json);
	}
}
