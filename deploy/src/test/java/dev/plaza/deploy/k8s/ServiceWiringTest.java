package dev.plaza.deploy.k8s;

import static dev.plaza.deploy.ServiceWiring.CALLS;
import static dev.plaza.deploy.ServiceWiring.DATABASES;
import static dev.plaza.deploy.ServiceWiring.SERVICE_URL;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.plaza.deploy.k8s.KubernetesManifests.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What each service app's pods in {@code deploy/k8s} are given to start and to reach the others
 * (README, "Scaled mode"), read as the kubelet builds their environment: a database of its own, the
 * services it calls, the secret they call each other with, and for commerce-service the card
 * processor and the SMTP server.
 */
class ServiceWiringTest {

	static KubernetesManifests manifests;

	@BeforeAll
	static void readTheManifests() throws Exception {
		manifests = KubernetesManifests.read();
	}

	@Test
	void eachServiceHasADatabaseOfItsOwnWhichTheReadmeTellsHowToCreate() throws Exception {
		String readme = Files.readString(KubernetesManifests.DIRECTORY.resolve("README.md"));
		for (String slot : List.of("blue", "green")) {
			Map<String, String> databases = new TreeMap<>();
			DATABASES.keySet().forEach(service -> {
				Map<String, String> environment = environment(service + "-" + slot);
				String url = environment.get("SPRING_DATASOURCE_URL");
				assertThat(url).as(service).startsWith("jdbc:postgresql://postgres:5432/");
				databases.put(service, url.substring(url.lastIndexOf('/') + 1));
				assertThat(environment).as(service)
					.containsEntry("SPRING_DATASOURCE_USERNAME", "plaza_app")
					.containsEntry("SPRING_DATASOURCE_PASSWORD", "secret:plaza-database/app-password")
					.containsEntry("SPRING_FLYWAY_USER", "plaza_owner")
					.containsEntry("SPRING_FLYWAY_PASSWORD", "secret:plaza-database/owner-password");
			});
			assertThat(databases).as(slot).isEqualTo(DATABASES);
		}
		DATABASES.values().forEach(database -> assertThat(readme).contains("CREATE DATABASE " + database + " OWNER plaza_owner;"));
	}

	@Test
	void everyReferenceToAnotherVariableIsToOneDefinedBeforeIt() {
		manifests.ofKind("Deployment").forEach(deployment -> assertThat(manifests.environment(deployment).values())
			.as(deployment.toString()).noneMatch(value -> value.contains("$(")));
	}

	@Test
	void everyServiceButIdentityNamesIdentityAndCommerceAlsoCatalogAndLedger() {
		CALLS.forEach((service, callees) -> {
			for (String slot : List.of("blue", "green")) {
				Map<String, String> named = environment(service + "-" + slot).entrySet().stream()
					.filter(variable -> SERVICE_URL.matcher(variable.getKey()).matches())
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

				assertThat(named).as(service).isEqualTo(callees.stream().collect(Collectors.toMap(
						callee -> "PLAZA_SERVICES_" + callee.toUpperCase() + "_URL", callee -> "http://" + callee + "-service:8080")));
			}
		});
	}

	@Test
	void everyUrlAnAppIsGivenNamesAServiceAtItsPort() {
		manifests.ofKind("Deployment").forEach(deployment -> manifests.environment(deployment).forEach((variable, value) -> {
			if (value.startsWith("http://") && (variable.startsWith("PLAZA_SERVICES_") || variable.startsWith("PLAZA_GATEWAY_"))) {
				URI url = URI.create(value);
				Manifest service = manifests.named("Service", url.getHost());
				assertThat(service.object().at("/spec/ports/0/port").asInt()).as("%s of %s", variable, deployment).isEqualTo(url.getPort());
			}
		}));
	}

	/**
	 * One public URL, the edge's, for every app: identity-service issues its tokens for it, and the other
	 * services and the gateway require it as their issuer, so a token requested anywhere works everywhere.
	 */
	@Test
	void everyAppIsGivenTheSamePublicHttpsUrlAsTheIssuerOfItsTokens() {
		Set<String> urls = manifests.ofKind("Deployment")
			.map(deployment -> manifests.environment(deployment).get("PLAZA_PUBLIC_URL"))
			.collect(Collectors.toSet());

		assertThat(urls).singleElement().satisfies(url -> assertThat(URI.create(url).getScheme()).isEqualTo("https"));
		manifests.ofKind("Deployment").forEach(deployment -> assertThat(manifests.environment(deployment))
			.as("%s: an issuer of its own would refuse the tokens identity-service signs", deployment)
			.doesNotContainKeys("PLAZA_IDENTITY_ISSUER", "PLAZA_GATEWAY_ISSUER"));
	}

	@Test
	void theServicesShareOneClientSecretAndIdentityAlsoGetsTheAdminClientsSecret() {
		for (String slot : List.of("blue", "green")) {
			DATABASES.keySet().forEach(service -> assertThat(environment(service + "-" + slot))
				.containsEntry("PLAZA_SERVICES_CLIENT_SECRET", "secret:plaza-clients/services-secret"));
			assertThat(environment("identity-service-" + slot)).containsEntry("PLAZA_ADMIN_CLIENT_SECRET", "secret:plaza-clients/admin-secret");
			assertThat(environment("gateway-" + slot)).doesNotContainKey("PLAZA_SERVICES_CLIENT_SECRET");
		}
	}

	@Test
	void commerceIsGivenTheCardProcessorAndTheSmtpServerAndTheirSecrets() {
		Map<String, String> commerce = environment("commerce-service-blue");

		assertThat(commerce).containsKeys("PLAZA_PAYMENTS_PROCESSOR_URL", "SPRING_MAIL_HOST", "SPRING_MAIL_PORT")
			.containsEntry("PLAZA_PAYMENTS_API_KEY", "secret:plaza-payments/api-key")
			.containsEntry("PLAZA_PAYMENTS_WEBHOOK_SECRET", "secret:plaza-payments/webhook-secret")
			.containsEntry("SPRING_MAIL_USERNAME", "secret:plaza-mail/username")
			.containsEntry("SPRING_MAIL_PASSWORD", "secret:plaza-mail/password");
		assertThat(URI.create(commerce.get("PLAZA_PAYMENTS_PROCESSOR_URL")).getScheme()).isEqualTo("https");
	}

	@Test
	void commerceIsGivenTheKybProviderAndPlazasKeyThere() {
		Map<String, String> commerce = environment("commerce-service-blue");

		assertThat(commerce).containsKey("PLAZA_ONBOARDING_KYB_TARGET")
			.containsEntry("PLAZA_ONBOARDING_KYB_API_KEY", "secret:plaza-kyb/api-key")
			.doesNotContainKey("PLAZA_ONBOARDING_KYB_PLAINTEXT");
		assertThat(environment("commerce-service-green")).containsEntry("PLAZA_ONBOARDING_KYB_API_KEY", "secret:plaza-kyb/api-key");
	}

	@Test
	void commerceIsGivenTheCreditBureauOverHttps() {
		Map<String, String> commerce = environment("commerce-service-blue");

		assertThat(URI.create(commerce.get("PLAZA_LENDING_BUREAU_URL")).getScheme()).isEqualTo("https");
		assertThat(environment("commerce-service-green")).containsKey("PLAZA_LENDING_BUREAU_URL");
	}

	@Test
	void everyCatalogPodSearchesTheSharedOpenSearchIndex() {
		assertThat(manifests.named("HorizontalPodAutoscaler", "catalog-service-blue").object().at("/spec/minReplicas").asInt())
			.isGreaterThan(1);
		assertThat(environment("catalog-service-blue"))
			.containsEntry("PLAZA_SEARCH_ENGINE", "opensearch")
			.containsEntry("PLAZA_SEARCH_OPENSEARCH_URL", "http://opensearch:9200");
	}

	private static Map<String, String> environment(String deployment) {
		return manifests.environment(manifests.named("Deployment", deployment));
	}
}
