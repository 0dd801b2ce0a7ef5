package dev.plaza.platform.web.openapi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

import dev.plaza.platform.PublicCallbacks;
import dev.plaza.platform.PublicReads;
import dev.plaza.platform.PublicSubmissions;
import dev.plaza.platform.ServiceCalls;

/**
 * The API description Plaza publishes: {@code /v3/api-docs} (and the group {@code public}) covers
 * {@code /api/**}; the group {@code internal} ({@code /v3/api-docs/internal}) the interfaces the
 * service apps call on each other under {@code /internal/v1}, which partners never reach.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescriptionConfiguration {

	/** Every scope a client may be granted, as the OAuth 2.0 scheme lists them. */
	static final Map<String, String> SCOPES = scopes();

	static {
		// Jackson 3's JsonNode (opaque JSON such as an account's metadata) is any JSON value, not a bean.
		SpringDocUtils.getConfig()
			.replaceWithSchema(JsonNode.class, new Schema<>().description("Any JSON value"));
	}

	@Bean
	OpenAPI plazaOpenApi(ObjectProvider<BuildProperties> build) {
		String version = build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
		return new OpenAPI()
			.info(new Info().title("Plaza API")
				.version(version)
				.description("""
						Multi-tenant commerce and finance: catalog and search, seat holds and stock, carts and \
						orders, payments, a double-entry ledger and notifications. Every call acts in the tenant \
						named by its bearer token, which a client gets with the client credentials grant at \
						`POST /oauth2/token` (HTTP Basic with its client id and secret, \
						`grant_type=client_credentials`). Errors are RFC 9457 `application/problem+json` with a \
						stable `type`; creating POSTs accept an `Idempotency-Key`."""))
			.components(new Components()
				.addSecuritySchemes(OperationScopes.SCHEME,
						new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
							.description("OAuth 2.0: client credentials for partners' servers; the authorization code "
									+ "with PKCE (S256) for people, through a public client. The token's scopes decide what it may do.")
							.flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token")
								.scopes(scopeList()))
								.authorizationCode(new OAuthFlow().authorizationUrl("/oauth2/authorize")
									.tokenUrl("/oauth2/token")
									.refreshUrl("/oauth2/token")
									.scopes(scopeList())))))
			.tags(ModuleTags.tags());
	}

	@Bean
	GroupedOpenApi publicApi() {
		return GroupedOpenApi.builder()
			.group("public")
			.displayName("Plaza API")
			.pathsToMatch("/api/**")
			.build();
	}

	@Bean
	GroupedOpenApi internalApi() {
		return GroupedOpenApi.builder()
			.group("internal")
			.displayName("Internal: between Plaza services")
			.pathsToMatch(ServiceCalls.PATH_PREFIX + "/**")
			.build();
	}

	/**
	 * Keeps {@code /v3/api-docs} (springdoc's document without a group) to the public API, as the
	 * group {@code public}: not a global customizer, so the groups keep their own paths.
	 */
	@Bean
	OpenApiCustomizer publicPathsOnly() {
		return api -> {
			if (api.getPaths() != null) {
				api.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
			}
		};
	}

	/** Replaces springdoc's model resolver (same class): the same, with names that never clash. */
	@Bean
	ModelResolver plazaModelResolver() {
		return new ModelResolver(Json31.mapper(), new SchemaNames()).openapi31(true);
	}

	@Bean
	OperationScopes operationScopes() {
		return new OperationScopes();
	}

	@Bean
	SuccessStatuses successStatuses() {
		return new SuccessStatuses();
	}

	@Bean
	OperationSummaries operationSummaries() {
		return new OperationSummaries();
	}

	@Bean
	ModuleTags moduleTags() {
		return new ModuleTags();
	}

	@Bean
	SecurityAndProblems securityAndProblems(List<PublicReads> reads, List<PublicSubmissions> submissions,
			List<PublicCallbacks> callbacks) {
		return new SecurityAndProblems(reads, submissions, callbacks);
	}

	private static Scopes scopeList() {
		Scopes scopes = new Scopes();
		SCOPES.forEach(scopes::addString);
		return scopes;
	}

	private static Map<String, String> scopes() {
		Map<String, String> scopes = new LinkedHashMap<>();
		scopes.put("tenant:read", "Read the tenant's own settings and storefront domains");
		scopes.put("audit:read", "Read, verify and export the tenant's audit log");
		scopes.put("catalog:write", "Create and change cities, cinemas, rooms, movies, showtimes, products and images");
		scopes.put("reservations:write", "Hold seats, change stock and reservation settings");
		scopes.put("orders:read", "Read carts and orders");
		scopes.put("orders:write", "Create carts and orders, pay, cancel and refund them");
		scopes.put("orders:refund", "Refund a named amount of an order up to the support limit (customer care)");
		scopes.put("payments:read", "Read payments and refunds");
		scopes.put("payments:write", "Create, confirm and refund payments");
		scopes.put("ledger:read", "Read accounts, transfers and balances");
		scopes.put("ledger:write", "Open accounts and post transfers");
		scopes.put("notifications:read", "Read webhook endpoints, deliveries and campaigns");
		scopes.put("notifications:write", "Register webhook endpoints and send campaigns");
		scopes.put("users:read", "Read the organization's people, their roles and its login settings");
		scopes.put("users:write", "Invite, change, suspend and delete the organization's people (owners and admins)");
		scopes.put("clients:write", "Register the tenant's API clients and the apps its people log in through (owners and admins)");
		scopes.put("config:write", "Choose the tenant's country and tighten its configuration (limits, deadlines, rules), and dry-run rule sets (owners and admins)");
		scopes.put("onboarding:write", "Upload businesses to onboard in bulk, follow, cancel and retry the jobs");
		scopes.put("lending:read", "Read loan products, applications, offers, loans and statements");
		scopes.put("lending:write", "Configure loan products and the marketplace, apply, decide, accept offers and take repayments");
		scopes.put("platform:admin", "Operate the platform: organizations, tenants and their clients");
		scopes.put(ServiceCalls.SCOPE, "Plaza's own services calling each other (internal interfaces only)");
		return Collections.unmodifiableMap(scopes);
	}
}
