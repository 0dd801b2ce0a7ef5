package dev.plaza.deploy.compose;

import static dev.plaza.deploy.ServiceWiring.CALLS;
import static dev.plaza.deploy.ServiceWiring.CALLS_ONCE_RUNNING;
import static dev.plaza.deploy.ServiceWiring.DATABASES;
import static dev.plaza.deploy.ServiceWiring.SERVICE_URL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * What each service app of {@code deploy/compose.yaml} must be given to start and to reach the
 * others (README, "Scaled mode"): a database of its own, the services it calls, the secret they
 * call each other with, and for commerce-service the card processor and the SMTP server.
 */
class ServiceWiringTest {

	static final String OWNER = "plaza_owner";

	final ComposeFile compose = ComposeFile.read();

	ServiceWiringTest() throws IOException {
	}

	@Test
	void eachServiceHasADatabaseOfItsOwnWhichTheInitScriptCreatesForTheMigrator() throws IOException {
		Map<String, String> databases = new TreeMap<>();
		for (String service : DATABASES.keySet()) {
			Map<String, String> environment = compose.environment(service);
			String url = environment.get("SPRING_DATASOURCE_URL");
			assertThat(url).as(service).startsWith("jdbc:postgresql://postgres:5432/");
			databases.put(service, url.substring(url.lastIndexOf('/') + 1));
			assertThat(environment).as(service)
				.containsEntry("SPRING_DATASOURCE_USERNAME", "plaza_app")
				.containsEntry("SPRING_FLYWAY_USER", OWNER)
				.containsKeys("SPRING_DATASOURCE_PASSWORD", "SPRING_FLYWAY_PASSWORD");
		}
		assertThat(databases).isEqualTo(DATABASES);

		assertThat(compose.environment("postgres")).containsEntry("POSTGRES_USER", OWNER);
		String roles = Files.readString(Path.of("postgres", "roles.sh"));
		Map<String, String> owners = new TreeMap<>();
		for (Matcher created = Pattern.compile("CREATE DATABASE (\\w+) OWNER (\\w+);").matcher(roles); created.find();) {
			owners.put(created.group(1), created.group(2));
		}
		assertThat(owners.keySet()).containsExactlyInAnyOrderElementsOf(DATABASES.values());
		assertThat(owners.values()).containsOnly(OWNER);
		assertThat(roles).contains("CREATE ROLE plaza_app LOGIN NOBYPASSRLS");
	}

	@Test
	void everyServiceButIdentityNamesIdentityAndCommerceAlsoCatalogAndLedgerAndWaitsForThem() {
		CALLS.forEach((service, callees) -> {
			Map<String, String> named = compose.environment(service).entrySet().stream()
				.filter(variable -> SERVICE_URL.matcher(variable.getKey()).matches())
				.collect(Collectors.toMap(variable -> variable.getKey(), variable -> variable.getValue()));

			assertThat(named).as(service).isEqualTo(callees.stream().collect(Collectors.toMap(
					callee -> "PLAZA_SERVICES_" + callee.toUpperCase() + "_URL", callee -> "http://" + callee + "-service:8080")));
			assertThat(compose.dependsOn(service)).as("%s starts once the services it calls are ready", service)
				.containsAll(callees.stream()
					.filter(callee -> !CALLS_ONCE_RUNNING.getOrDefault(service, Set.of()).contains(callee))
					.map(callee -> callee + "-service")
					.toList());
		});
	}

	@Test
	void everyUrlAnAppIsGivenNamesAComposeServiceAtThePortItListensOn() {
		Map<String, Integer> ports = Map.of("opensearch", 9200);
		for (String app : ComposeFileTest.APPS) {
			compose.environment(app).forEach((variable, value) -> {
				if (value != null && value.startsWith("http://")) {
					URI url = URI.create(value);
					assertThat(compose.root().path("services").has(url.getHost())).as("%s of %s", variable, app).isTrue();
					int port = ports.getOrDefault(url.getHost(),
							ComposeFileTest.APPS.contains(url.getHost()) ? Integer.parseInt(compose.environment(url.getHost()).get("PORT")) : -1);
					assertThat(url.getPort()).as("%s of %s", variable, app).isEqualTo(port);
				}
			});
		}
	}

	/**
	 * One public URL, nginx's, for every app: identity-service issues its tokens for it, and the other
	 * services and the gateway require it as their issuer, so a token requested anywhere works everywhere.
	 */
	@Test
	void everyAppIsGivenTheSamePublicUrlAsTheIssuerOfItsTokens() {
		Set<String> urls = ComposeFileTest.APPS.stream()
			.map(app -> compose.environment(app).get("PLAZA_PUBLIC_URL"))
			.collect(Collectors.toSet());

		assertThat(urls).containsExactly("${PLAZA_PUBLIC_URL:-https://localhost}");
		ComposeFileTest.APPS.forEach(app -> assertThat(compose.environment(app))
			.as("%s: an issuer of its own would refuse the tokens identity-service signs", app)
			.doesNotContainKeys("PLAZA_IDENTITY_ISSUER", "PLAZA_GATEWAY_ISSUER"));
	}

	@Test
	void theServicesShareOneClientSecretAndIdentityAlsoGetsTheAdminClientsSecret() {
		Set<String> secrets = DATABASES.keySet().stream()
			.map(service -> compose.environment(service).get("PLAZA_SERVICES_CLIENT_SECRET"))
			.collect(Collectors.toSet());

		assertThat(secrets).singleElement().asString().startsWith("${PLAZA_SERVICES_CLIENT_SECRET:-");
		assertThat(compose.environment("identity-service").get("PLAZA_ADMIN_CLIENT_SECRET")).startsWith("${PLAZA_ADMIN_CLIENT_SECRET:-");
		assertThat(compose.environment("gateway")).doesNotContainKey("PLAZA_SERVICES_CLIENT_SECRET");
	}

	/** nginx forwards every path to the gateway: the gateway's own metrics, which ask no token, are elsewhere. */
	@Test
	void theGatewaysActuatorEndpointsAreOnAPortNginxDoesNotReach() throws IOException {
		Map<String, String> gateway = compose.environment("gateway");

		assertThat(gateway.get("MANAGEMENT_SERVER_PORT")).isNotNull().isNotEqualTo(gateway.get("PORT"));
		assertThat(Files.readString(Path.of("nginx", "plaza.conf"))).contains("server gateway:" + gateway.get("PORT") + ";");
	}

	@Test
	void commerceDoesNotStartUntilTheOperatorNamesACardProcessorAKybProviderACreditBureauAndAnSmtpServer() {
		Map<String, String> commerce = compose.environment("commerce-service");

		for (String setting : List.of("PLAZA_PAYMENTS_PROCESSOR_URL", "PLAZA_PAYMENTS_API_KEY", "PLAZA_PAYMENTS_WEBHOOK_SECRET",
				"PLAZA_ONBOARDING_KYB_TARGET", "PLAZA_ONBOARDING_KYB_API_KEY", "PLAZA_LENDING_BUREAU_URL", "SPRING_MAIL_HOST")) {
			assertThat(commerce.get(setting)).as("%s is required from the shell, with no default", setting)
				.startsWith("${" + setting + ":?");
		}
		assertThat(commerce).containsKeys("SPRING_MAIL_PORT", "SPRING_MAIL_USERNAME", "SPRING_MAIL_PASSWORD");
	}

	@Test
	void everyCatalogInstanceSearchesTheSharedOpenSearchIndex() {
		assertThat(compose.service("catalog-service").at("/deploy/replicas").asInt()).isGreaterThan(1);
		assertThat(compose.environment("catalog-service"))
			.containsEntry("PLAZA_SEARCH_ENGINE", "opensearch")
			.containsEntry("PLAZA_SEARCH_OPENSEARCH_URL", "http://opensearch:9200");
	}

	@Test
	void theAppsHealthchecksNeedNoShellNorCurlOnlyWhatImageShPutsInEveryImage() throws IOException {
		for (String app : ComposeFileTest.APPS) {
			List<String> test = compose.healthcheck(app);

			assertThat(test.subList(0, 2)).as(app).containsExactly("CMD", "/opt/java/bin/java");
			assertThat(test).as(app).contains("-cp", "/opt/healthcheck", "HealthCheck");
			Map<String, String> environment = compose.environment(app);
			String actuatorPort = environment.getOrDefault("MANAGEMENT_SERVER_PORT", environment.get("PORT"));
			assertThat(test.getLast()).as(app).isEqualTo("http://127.0.0.1:" + actuatorPort + "/actuator/health/readiness");
		}
		assertThat(Files.readString(Path.of("image.sh")))
			.contains("javac\" --release 21 -d \"$root/opt/healthcheck\" deploy/image/HealthCheck.java");
	}
}
