package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The published API description is valid OpenAPI 3.1 and says what the API does: real statuses,
 * problem responses, the OAuth 2.0 scheme and each operation's scopes, no internal operations.
 * That every response the suite receives matches it is checked by {@link PlazaClient} itself; the
 * last tests here show that check refuses what the document does not allow.
 */
@PlazaTest
class ApiDescriptionTest {

	private static final String ORGANIZATION = "/api/v1/organizations/{id}";

	@Autowired
	PlazaClient plaza;

	OpenAPI api;

	@BeforeEach
	void readTheDescription() {
		Response docs = plaza.get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		SwaggerParseResult parsed = parse(docs.text());
		assertThat(parsed.getMessages()).as("what the OpenAPI parser finds wrong").isEmpty();
		api = parsed.getOpenAPI();
	}

	@Test
	void itIsOpenApi31WithATitleVersionAndDescription() {
		assertThat(api.getOpenapi()).startsWith("3.1");
		assertThat(api.getInfo().getTitle()).isEqualTo("Plaza API");
		assertThat(api.getInfo().getVersion()).isNotBlank();
		assertThat(api.getInfo().getDescription()).contains("/oauth2/token");
	}

	@Test
	void operationsAnswerWithTheStatusesTheyReallyGive() {
		assertThat(responses("post", "/api/v1/organizations")).containsKey("201").doesNotContainKey("200");
		assertThat(responses("post", "/api/v1/carts")).containsKey("201").doesNotContainKey("200");
		assertThat(responses("delete", "/api/v1/webhooks/endpoints/{id}")).containsKey("204").doesNotContainKey("200");
		assertThat(responses("delete", "/api/v1/webhooks/endpoints/{id}").get("204").getContent()).isNull();
		assertThat(responses("post", "/api/v1/payments/{id}/confirm")).containsKeys("200", "202");
		assertThat(responses("put", "/api/v1/tenants/{tenantId}/domains/{domain}")).containsKeys("200", "201");
		assertThat(responses("get", ORGANIZATION)).containsKey("200");
		operations().forEach((name, operation) -> assertThat(operation.getResponses().keySet()).as(name)
			.anyMatch(code -> code.startsWith("2")));
	}

	@Test
	void everyErrorIsAProblemWithTheSharedSchema() {
		assertThat(responses("get", ORGANIZATION)).containsKeys("401", "403", "404");
		assertThat(responses("post", "/api/v1/carts")).containsKeys("400", "401", "403", "409", "413", "415", "422");
		assertThat(responses("post", "/api/v1/showtimes/{id}/holds")).containsKeys("409", "422", "429");
		operations().forEach((name, operation) -> operation.getResponses().forEach((code, response) -> {
			if (code.startsWith("4") || code.startsWith("5")) {
				assertThat(response.getContent()).as(name + " " + code).containsOnlyKeys("application/problem+json");
				assertThat(response.getContent().get("application/problem+json").getSchema().get$ref())
					.isEqualTo("#/components/schemas/Problem");
			}
		}));
		assertThat(api.getComponents().getSchemas().get("Problem").getProperties()).containsKeys("type", "title", "status",
				"detail", "instance");
	}

	@Test
	void theOAuthSchemeListsEveryScopeAndEachOperationItsOwn() {
		OAuthFlow flow = api.getComponents().getSecuritySchemes().get("oauth2").getFlows().getClientCredentials();
		assertThat(flow.getTokenUrl()).isEqualTo("/oauth2/token");
		assertThat(flow.getScopes()).containsKeys("catalog:write", "orders:read", "orders:write", "platform:admin")
			.allSatisfy((scope, description) -> assertThat(description).isNotBlank());

		assertThat(scopes("post", "/api/v1/carts")).containsExactly(List.of("orders:write"));
		assertThat(scopes("get", "/api/v1/carts/{id}")).containsExactlyInAnyOrder(List.of("orders:read"),
				List.of("orders:write"));
		assertThat(scopes("post", "/api/v1/organizations")).containsExactly(List.of("platform:admin"));
		assertThat(operation("get", "/api/v1/showtimes/{id}/seats").getSecurity()).isEmpty();
		assertThat(operation("get", "/api/v1/showtimes/search").getSecurity()).isEmpty();
		assertThat(responses("get", "/api/v1/showtimes/{id}/seats")).doesNotContainKeys("401", "403");
		operations().forEach((name, operation) -> {
			assertThat(operation.getSecurity()).as(name).isNotNull();
			// A requirement naming no scope is any valid token (such as a person's own second factor).
			operation.getSecurity()
				.stream()
				.map(requirement -> requirement.getOrDefault("oauth2", List.of()).toArray(String[]::new))
				.filter(needed -> needed.length > 0)
				.forEach(needed -> assertThat(flow.getScopes()).as(name).containsKeys(needed));
		});
	}

	@Test
	void sameNamedRecordsOfDifferentModulesStayApart() {
		assertThat(bodySchema("post", "/api/v1/carts")).isNotEqualTo(bodySchema("post", "/api/v1/orders"))
			.isNotEqualTo(bodySchema("post", "/api/v1/payments"));
		assertThat(bodySchema("put", "/api/v1/orders/settings")).isNotEqualTo(bodySchema("put", "/api/v1/reservations/settings"));
	}

	@Test
	void queryParametersAreListedOneByOne() {
		assertThat(operation("get", "/api/v1/showtimes/search").getParameters()).extracting(Parameter::getName, Parameter::getIn)
			.contains(Tuple.tuple("q", "query"), Tuple.tuple("city", "query"));
	}

	@Test
	void internalOperationsAreOnlyInTheirOwnGroup() {
		assertThat(api.getPaths().keySet()).allMatch(path -> path.startsWith("/api/"));

		OpenAPI internal = parse(plaza.get("/v3/api-docs/internal", null).text()).getOpenAPI();

		assertThat(internal.getPaths().keySet()).isNotEmpty().allMatch(path -> path.startsWith("/internal/v1/"));
	}

	@Test
	void operationsAreTaggedByModuleWithADescription() {
		assertThat(api.getTags()).allSatisfy(tag -> assertThat(tag.getDescription()).isNotBlank());
		List<String> described = api.getTags().stream().map(Tag::getName).toList();
		operations().forEach((name, operation) -> assertThat(operation.getTags()).as(name).hasSize(1).isSubsetOf(described));
	}

	@Test
	void swaggerUiIsServedWithoutAToken() throws Exception {
		HttpResponse<String> page = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build()
			.send(HttpRequest.newBuilder(plaza.uri("/swagger-ui.html")).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui");
	}

	@Test
	void theContractCheckRefusesWhatTheDocumentDoesNotAllow() {
		String path = "/api/v1/organizations/" + UUID.randomUUID();
		Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"));
		String organization = "{\"id\":\"" + UUID.randomUUID() + "\",\"slug\":\"s\",\"name\":\"n\",\"tenants\":[]}";

		assertThat(plaza.contract().violations("GET", path, 200, json, organization)).isEmpty();
		assertThat(plaza.contract().violations("GET", path, 200, json, organization.replace("\"s\"", "5")))
			.as("a number for a string").isNotEmpty();
		assertThat(plaza.contract().violations("GET", path, 200, json, organization.replace("\"n\"", "null")))
			.as("null where the document says never").isNotEmpty();
		assertThat(plaza.contract().violations("GET", path, 200, json, organization.replace("}", ",\"secret\":1}")))
			.as("a member the document does not name").isNotEmpty();
		assertThat(plaza.contract().violations("GET", path, 418, json, organization)).as("an undeclared status").isNotEmpty();
		assertThat(plaza.contract().violations("GET", path, 404, json, "{}")).as("an error that is not a problem").isNotEmpty();
	}

	private Map<String, Operation> operations() {
		Map<String, Operation> all = new TreeMap<>();
		api.getPaths().forEach((path, item) -> item.readOperationsMap()
			.forEach((method, operation) -> all.put(method + " " + path, operation)));
		return all;
	}

	private Operation operation(String method, String path) {
		PathItem item = api.getPaths().get(path);
		assertThat(item).as(path).isNotNull();
		Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.toUpperCase()));
		assertThat(operation).as(method + " " + path).isNotNull();
		return operation;
	}

	private Map<String, ApiResponse> responses(String method, String path) {
		return operation(method, path).getResponses();
	}

	private List<List<String>> scopes(String method, String path) {
		return operation(method, path).getSecurity().stream().map(requirement -> requirement.get("oauth2")).toList();
	}

	private String bodySchema(String method, String path) {
		return operation(method, path).getRequestBody().getContent().get("application/json").getSchema().get$ref();
	}

	private static SwaggerParseResult parse(String document) {
		ParseOptions options = new ParseOptions();
		options.setResolve(false);
		return new OpenAPIV3Parser().readContents(document, List.of(), options);
	}
}
