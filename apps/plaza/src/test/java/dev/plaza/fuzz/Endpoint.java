package dev.plaza.fuzz;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * One operation of the published document: what the fuzz test needs to call it.
 *
 * @param document the document that describes it, whose components its schemas refer to
 * @param body the JSON request body's schema, or {@code null} when the operation takes no JSON body
 * @param bodyType the request body's media type when it is not JSON (an image upload), else {@code null}
 * @param security the document's alternatives for calling the operation, each the scopes it needs (empty when
 * it states none)
 */
record Endpoint(ApiDocument document, String method, String path, List<Parameter> pathParameters, List<Parameter> queryParameters,
		Schema<?> body, String bodyType, List<Set<String>> security) {

	String name() {
		return method + " " + path;
	}

	/** Whether every way the document allows to call it needs a platform scope: it is the operator's alone. */
	boolean isOperatorsAlone() {
		return !security.isEmpty()
				&& security.stream().allMatch(scopes -> scopes.stream().anyMatch(scope -> scope.startsWith("platform:")));
	}

	boolean isRead() {
		return method.equals("GET");
	}

	/** The literal path segment before {@code {name}}: the collection a path id belongs to, such as {@code products}. */
	String collectionOf(String parameter) {
		String[] segments = path.split("/");
		for (int i = 1; i < segments.length; i++) {
			if (segments[i].equals("{" + parameter + "}")) {
				for (int j = i - 1; j > 0; j--) {
					if (!segments[j].startsWith("{")) {
						return segments[j];
					}
				}
			}
		}
		return "";
	}

	/** The collection a create answers into: the last literal segment, such as {@code accounts} or {@code refunds}. */
	String createdCollection() {
		String[] segments = path.split("/");
		return segments[segments.length - 1];
	}
}
