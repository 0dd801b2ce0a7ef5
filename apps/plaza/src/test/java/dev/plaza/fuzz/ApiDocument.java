package dev.plaza.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** The published OpenAPI document, read with swagger-parser, as the operations a caller can make. */
final class ApiDocument {

	private final OpenAPI api;

	private ApiDocument(OpenAPI api) {
		this.api = api;
	}

	static ApiDocument parse(String json) {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);
		if (result.getOpenAPI() == null) {
			throw new IllegalStateException("The published document does not parse: " + result.getMessages());
		}
		return new ApiDocument(result.getOpenAPI());
	}

	List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		api.getPaths().forEach((path, item) -> item.readOperationsMap()
			.forEach((method, operation) -> endpoints.add(endpoint(path, item, method, operation))));
		return endpoints;
	}

	/** Every scope the document's OAuth 2.0 schemes name; empty while the document declares none. */
	Set<String> scopes() {
		Set<String> scopes = new LinkedHashSet<>();
		if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
			return scopes;
		}
		for (SecurityScheme scheme : api.getComponents().getSecuritySchemes().values()) {
			if (scheme.getFlows() == null) {
				continue;
			}
			Stream.of(scheme.getFlows().getClientCredentials(), scheme.getFlows().getAuthorizationCode(),
					scheme.getFlows().getImplicit(), scheme.getFlows().getPassword())
				.filter(flow -> flow != null && flow.getScopes() != null)
				.forEach(flow -> scopes.addAll(flow.getScopes().keySet()));
		}
		return scopes;
	}

	/** The schema a {@code $ref} names, followed until a schema without one. */
	Schema<?> resolve(Schema<?> schema) {
		Schema<?> resolved = schema;
		for (int hops = 0; resolved != null && resolved.get$ref() != null && hops < 20; hops++) {
			String ref = resolved.get$ref();
			resolved = api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
		}
		return resolved;
	}

	private Endpoint endpoint(String path, PathItem item, PathItem.HttpMethod method, Operation operation) {
		List<Parameter> parameters = new ArrayList<>();
		if (item.getParameters() != null) {
			parameters.addAll(item.getParameters());
		}
		if (operation.getParameters() != null) {
			parameters.addAll(operation.getParameters());
		}
		parameters = parameters.stream().map(this::resolve).toList();
		Schema<?> body = null;
		String bodyType = null;
		RequestBody requestBody = operation.getRequestBody();
		if (requestBody != null && requestBody.getContent() != null && !requestBody.getContent().isEmpty()) {
			MediaType json = requestBody.getContent().get("application/json");
			if (json != null) {
				body = json.getSchema() == null ? new Schema<>() : json.getSchema();
			}
			else {
				bodyType = requestBody.getContent().keySet().iterator().next();
			}
		}
		return new Endpoint(this, method.name(), path, inLocation(parameters, "path"), inLocation(parameters, "query"), body,
				bodyType, security(operation));
	}

	private Parameter resolve(Parameter parameter) {
		if (parameter.get$ref() == null) {
			return parameter;
		}
		String ref = parameter.get$ref();
		return api.getComponents().getParameters().get(ref.substring(ref.lastIndexOf('/') + 1));
	}

	private static List<Parameter> inLocation(List<Parameter> parameters, String location) {
		return parameters.stream().filter(parameter -> location.equals(parameter.getIn())).toList();
	}

	private List<Set<String>> security(Operation operation) {
		List<SecurityRequirement> requirements = operation.getSecurity() != null ? operation.getSecurity()
				: api.getSecurity();
		if (requirements == null) {
			return List.of();
		}
		return requirements.stream().map(requirement -> {
			Set<String> scopes = new LinkedHashSet<>();
			requirement.values().forEach(scopes::addAll);
			return scopes;
		}).toList();
	}
}
