package dev.plaza.platform.web.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import dev.plaza.platform.PublicCallbacks;
import dev.plaza.platform.PublicReads;
import dev.plaza.platform.PublicSubmissions;
import dev.plaza.platform.ServiceCalls;

/**
 * Completes every operation with what the filters in front of the controllers add, so that new
 * endpoints are described truthfully for free: who may call it (the OAuth 2.0 scheme with the scopes
 * {@link OperationScopes} found, no token for the paths modules open with {@link PublicReads} and
 * {@link PublicCallbacks}, a token or none for their {@link PublicSubmissions}), and the errors a caller can cause, each as
 * {@code application/problem+json}: 400 for parameters and bodies, 401 and 403 for secured
 * operations, 404 for ids in the path, tokens naming no tenant and public reads at a host that is no
 * storefront, 413 and 415 for bodies, 409 and 422 for changes (a conflict with the current state or a
 * broken rule, an {@code Idempotency-Key} in flight or reused), 503 when Plaza is overloaded. Errors an operation
 * declares itself ({@code @ApiResponse(responseCode = "409", description = ...)}) keep their
 * description and get the problem schema.
 */
class SecurityAndProblems implements GlobalOpenApiCustomizer {

	static final String PROBLEM_JSON = "application/problem+json";

	static final String PROBLEM_SCHEMA = "Problem";

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final Map<String, String> ERRORS = Map.ofEntries(
			Map.entry("400", "The request is invalid: the problem's detail names the field or parameter and how to fix it"),
			Map.entry("401", "No valid bearer token: get one at /oauth2/token"),
			Map.entry("403", "The token lacks the scope this operation needs (the problem names it)"),
			Map.entry("404", "Nothing with that id exists in the caller's tenant, or the token names no tenant (for "
					+ "public reads without a token: no storefront is served at the request's host)"),
			Map.entry("409", "In conflict with the current state (the problem's type says which), or a request with the same "
					+ "Idempotency-Key is still in progress, or took effect but lost its answer when its server stopped"),
			Map.entry("413", "The body is larger than Plaza accepts"),
			Map.entry("415", "The body's Content-Type is not one this operation accepts"),
			Map.entry("422", "Understood but refused by a domain rule (the problem's type says which), or the "
					+ "Idempotency-Key was used for a different request"),
			Map.entry("429", "Too many requests: retry after the Retry-After header's seconds"),
			Map.entry("503", "Plaza is overloaded: retry after the Retry-After header's seconds"));

	private final List<PathPattern> publicReads;

	private final List<PathPattern> publicSubmissions;

	private final List<PathPattern> publicCallbacks;

	SecurityAndProblems(List<PublicReads> reads, List<PublicSubmissions> submissions, List<PublicCallbacks> callbacks) {
		this.publicReads = parse(reads.stream().map(PublicReads::pathPatterns));
		this.publicSubmissions = parse(submissions.stream().map(PublicSubmissions::pathPatterns));
		this.publicCallbacks = parse(callbacks.stream().map(PublicCallbacks::pathPatterns));
	}

	@Override
	public void customise(OpenAPI api) {
		api.getComponents().addSchemas(PROBLEM_SCHEMA, ProblemSchema.create());
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			secure(path, method, operation);
			addProblems(path, method, operation, method == HttpMethod.GET && isOpen(path, method));
		}));
	}

	private void secure(String path, HttpMethod method, Operation operation) {
		if (isOpen(path, method)) {
			operation.setSecurity(new ArrayList<>());
			return;
		}
		if (operation.getSecurity() == null) {
			operation.setSecurity(new ArrayList<>(List.of(path.startsWith(ServiceCalls.PATH_PREFIX)
					? new SecurityRequirement().addList(OperationScopes.SCHEME, ServiceCalls.SCOPE)
					: new SecurityRequirement().addList(OperationScopes.SCHEME))));
		}
		if (method == HttpMethod.POST && matches(publicSubmissions, path)) {
			// OpenAPI's way of saying "this token, or none": an empty requirement among the alternatives.
			operation.getSecurity().addFirst(new SecurityRequirement());
		}
	}

	private boolean isOpen(String path, HttpMethod method) {
		return matches(switch (method) {
			case GET, HEAD -> publicReads;
			case POST -> publicCallbacks;
			default -> List.of();
		}, path);
	}

	private static boolean matches(List<PathPattern> patterns, String path) {
		PathContainer container = PathContainer.parsePath(path);
		return patterns.stream().anyMatch(pattern -> pattern.matches(container));
	}

	private static void addProblems(String path, HttpMethod method, Operation operation, boolean publicRead) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		operation.setResponses(responses);
		List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
		boolean secured = !operation.getSecurity().isEmpty();
		boolean body = operation.getRequestBody() != null;
		if (secured && method == HttpMethod.POST && path.startsWith("/api/")) {
			addIdempotencyKey(operation);
			parameters = operation.getParameters();
		}
		// A change can conflict with the current state (409) or break a domain rule (422); reads cannot.
		if (secured && method != HttpMethod.GET && method != HttpMethod.HEAD && path.startsWith("/api/")) {
			problem(responses, "409");
			problem(responses, "422");
		}
		if (body || !parameters.isEmpty()) {
			problem(responses, "400");
		}
		if (secured) {
			problem(responses, "401");
		}
		if (operation.getSecurity().stream().anyMatch(requirement -> requirement.values().stream().anyMatch(scopes -> !scopes.isEmpty()))) {
			problem(responses, "403");
		}
		// A secured operation acts in the token's tenant, which a platform token does not name; a public read
		// without a token acts for the tenant whose storefront the request's host is: maybe none.
		if (secured || publicRead || parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
			problem(responses, "404");
		}
		if (body) {
			problem(responses, "413");
			problem(responses, "415");
		}
		problem(responses, "503");
		responses.forEach((code, response) -> {
			if (code.startsWith("4") || code.startsWith("5")) {
				if (response.getDescription() == null || response.getDescription().isBlank()) {
					response.setDescription(ERRORS.getOrDefault(code, "Refused"));
				}
				response.setContent(problemContent());
			}
			else if (code.startsWith("3")) {
				response.setContent(null);
			}
		});
		ApiResponses ordered = new ApiResponses();
		new TreeMap<>(responses).forEach(ordered::addApiResponse);
		operation.setResponses(ordered);
	}

	private static void problem(ApiResponses responses, String code) {
		responses.computeIfAbsent(code, ignored -> new ApiResponse().description(ERRORS.get(code)));
	}

	private static void addIdempotencyKey(Operation operation) {
		boolean present = operation.getParameters() != null && operation.getParameters()
			.stream()
			.anyMatch(parameter -> "header".equals(parameter.getIn()) && IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName()));
		if (!present) {
			operation.addParametersItem(new HeaderParameter().name(IDEMPOTENCY_KEY)
				.required(false)
				.description("Makes the request safe to retry: a repeat with the same key gets the first answer again "
						+ "(with Idempotency-Replayed: true) instead of acting twice. 1 to 255 visible ASCII characters, "
						+ "such as a UUID.")
				.schema(new StringSchema().minLength(1).maxLength(255)));
		}
	}

	static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)));
	}

	private static List<PathPattern> parse(Stream<List<String>> declared) {
		return declared.flatMap(List::stream).map(PathPatternParser.defaultInstance::parse).toList();
	}
}
