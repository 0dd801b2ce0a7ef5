package dev.plaza.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The published API description as a contract every response must keep: the status is declared
 * for the operation, the content type too, and the body matches the declared schema — with no
 * members the schema does not name (the document states {@code additionalProperties} only where a
 * type really carries open members, such as a problem's extensions). Only responses are checked:
 * tests send invalid requests on purpose, and the answer to those must be described as well.
 */
public final class ApiContract {

	/** One contract per running Plaza: the document is fetched once. */
	private static final Map<String, ApiContract> BY_BASE = new ConcurrentHashMap<>();

	private static final String DESCRIBED = "/api/";

	private final OpenApiInteractionValidator validator;

	private ApiContract(OpenApiInteractionValidator validator) {
		this.validator = validator;
	}

	static ApiContract of(HttpClient http, String base) {
		return BY_BASE.computeIfAbsent(base, ignored -> new ApiContract(validator(load(http, base))));
	}

	void check(HttpRequest request, HttpResponse<String> response) {
		String path = request.uri().getRawPath();
		if (!path.startsWith(DESCRIBED)) {
			return;
		}
		List<String> violations = violations(request.method(), path, response.statusCode(), response.headers().map(),
				response.body());
		if (!violations.isEmpty()) {
			throw new AssertionError("The answer to " + request.method() + " " + path + " (" + response.statusCode()
					+ ") is not what the API description (/v3/api-docs) says:\n  " + String.join("\n  ", violations)
					+ "\nbody: " + abbreviated(response.body()));
		}
	}

	/** What the document says is wrong with this answer to the operation at the path; nothing when it is right. */
	public List<String> violations(String method, String path, int status, Map<String, List<String>> headers, String body) {
		SimpleResponse.Builder actual = SimpleResponse.Builder.status(status);
		headers.forEach(actual::withHeader);
		if (!body.isEmpty()) {
			actual.withBody(body);
		}
		ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), actual.build());
		return report.getMessages()
			.stream()
			.filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
			.map(message -> message.getKey() + ": " + message.getMessage())
			.toList();
	}

	private static OpenAPI load(HttpClient http, String base) {
		try {
			HttpResponse<String> document = http.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString());
			ParseOptions options = new ParseOptions();
			options.setResolve(true);
			SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body(), null, options);
			if (parsed.getOpenAPI() == null) {
				throw new IllegalStateException("/v3/api-docs does not parse: " + parsed.getMessages());
			}
			return strict(parsed.getOpenAPI());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The validator reads schemas as OpenAPI 3.0 does: a 3.1 type list ({@code [string, "null"]}) becomes
	 * its one type plus {@code nullable}, which it understands (read as it is, no type would be checked
	 * at all). Members a schema does not name are errors, unless the schema says otherwise.
	 */
	private static OpenAPI strict(OpenAPI api) {
		Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		api.getComponents().getSchemas().values().forEach(schema -> as30(schema, seen));
		api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> operation.getResponses()
			.values()
			.stream()
			.filter(response -> response.getContent() != null)
			.flatMap(response -> response.getContent().values().stream())
			.filter(media -> media.getSchema() != null)
			.forEach(media -> as30(media.getSchema(), seen))));
		api.setOpenapi("3.0.3");
		api.setSpecVersion(SpecVersion.V30);
		return api;
	}

	private static void as30(Schema<?> schema, Set<Schema<?>> seen) {
		if (schema == null || !seen.add(schema)) {
			return;
		}
		if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
			List<String> types = schema.getTypes().stream().filter(type -> !"null".equals(type)).toList();
			if (types.size() == 1) {
				schema.setType(types.getFirst());
			}
			if (schema.getTypes().contains("null")) {
				schema.setNullable(true);
			}
		}
		if (schema.getProperties() != null && schema.getAdditionalProperties() == null) {
			schema.setAdditionalProperties(false);
		}
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach(property -> as30(property, seen));
		}
		as30(schema.getItems(), seen);
		if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
			as30(additional, seen);
		}
		for (List<Schema> combined : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
			if (combined != null) {
				combined.forEach(part -> as30(part, seen));
			}
		}
	}

	private static OpenApiInteractionValidator validator(OpenAPI api) {
		return OpenApiInteractionValidator.createFor(api)
			.withLevelResolver(LevelResolver.create()
				// Paths and methods the document does not have (a test probing a wrong URL): nothing to check against.
				.withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
				.withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
				.build())
			.build();
	}

	private static String abbreviated(String body) {
		return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
	}
}
