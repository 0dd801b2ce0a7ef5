package dev.plaza.fuzz;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * One operation of the published document: what the fuzz test needs to call it.
 *
 * @param body the JSON request body's schema, or {@code null} when the operation takes no JSON body
 * @param bodyType the request body's media type when it is not JSON (an image upload), else {@code null}
 * @param scopes the OAuth 2.0 scopes the document says the operation needs (empty when it says none)
 */
record Endpoint(String method, String path, List<Parameter> pathParameters, List<Parameter> queryParameters,
		Schema<?> body, String bodyType, boolean bodyRequired, Set<String> scopes) {

	String name() {
		return method + " " + path;
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
