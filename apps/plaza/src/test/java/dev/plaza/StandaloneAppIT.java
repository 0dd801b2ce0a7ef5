package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import dev.plaza.support.PlazaProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user story of the foundation, against the assembled jar run as its own process exactly as
 * {@code ./plaza run} runs it: first start, administrator token, organization, tenant client,
 * tenant call, cross-tenant 404, idempotent repeat, then restarts — graceful, and after kill -9
 * with a rotated signing key — after which old tokens still work and nothing is lost.
 */
class StandaloneAppIT {

	private final PlazaProcess plaza = new PlazaProcess().with("PLAZA_IDENTITY_SIGNINGKEY", "plaza-1");

	@Test
	void theFoundationStoryOverRealHttp() throws Exception {
		plaza.start();
		assertThat(plaza.log()).contains("Plaza is ready at http://127.0.0.1:" + plaza.port());
		PlazaClient client = plaza.client();

		Path credentials = plaza.home().resolve("admin-credentials");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
		String admin = client.token("plaza-admin", adminSecret(credentials));

		JsonNode acme = createOrganization(client, admin, "acme");
		JsonNode globex = createOrganization(client, admin, "globex");
		String acmeDemo = acme.get("tenants").get(0).get("id").asString();
		String globexDemo = globex.get("tenants").get(0).get("id").asString();
		TenantCaller acmeCaller = client.tenantCaller(admin, acmeDemo, "tenant:read");

		assertThat(client.get("/api/v1/tenant", acmeCaller.token()).json().get("id").asString()).isEqualTo(acmeDemo);
		assertThat(client.get("/api/v1/tenants/" + globexDemo, acmeCaller.token()).status()).isEqualTo(404);

		String key = UUID.randomUUID().toString();
		String body = "{\"slug\":\"initech-" + key.substring(0, 6) + "\",\"name\":\"Initech\"}";
		Response first = client.postJson("/api/v1/organizations", admin, body, "Idempotency-Key", key);
		Response repeat = client.postJson("/api/v1/organizations", admin, body, "Idempotency-Key", key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(repeat.json()).isEqualTo(first.json());

		plaza.stop();
		plaza.start();
		assertThat(client.get("/api/v1/tenant", acmeCaller.token()).json().get("id").asString())
			.as("a token issued before the restart still works").isEqualTo(acmeDemo);
		assertThat(client.postJson("/api/v1/organizations", admin, body, "Idempotency-Key", key).json())
			.as("the stored response survives the restart").isEqualTo(first.json());

		plaza.kill();
		plaza.with("PLAZA_IDENTITY_SIGNINGKEY", "plaza-2").start();
		assertThat(client.get("/api/v1/organizations/" + globex.get("id").asString(), admin).json())
			.as("after kill -9 and a key rotation, data and old tokens are intact").isEqualTo(globex);
		String rotated = client.token("plaza-admin", adminSecret(credentials));
		assertThat(header(rotated).get("kid").asString()).isEqualTo("plaza-2");
		assertThat(client.get("/oauth2/jwks", null).json().get("keys").valueStream().map(k -> k.get("kid").asString()))
			.containsExactly("plaza-2", "plaza-1");
		assertThat(adminSecret(credentials)).as("the generated secret is written once").isEqualTo(adminSecret(credentials));
		plaza.stop();
		assertThat(plaza.home().resolve("postgres/postmaster.pid")).as("PostgreSQL stopped with Plaza").doesNotExist();
	}

	@AfterEach
	void stop() throws InterruptedException {
		plaza.close();
	}

	private static JsonNode createOrganization(PlazaClient client, String admin, String prefix) {
		Response created = client.postJson("/api/v1/organizations", admin,
				"{\"slug\":\"" + prefix + "-" + UUID.randomUUID().toString().substring(0, 6) + "\",\"name\":\"" + prefix + "\"}");
		assertThat(created.status()).isEqualTo(201);
		return created.json();
	}

	private static JsonNode header(String jwt) {
		return JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))));
	}

	private static String adminSecret(Path credentials) throws IOException {
		Properties properties = new Properties();
		try (var reader = Files.newBufferedReader(credentials)) {
			properties.load(reader);
		}
		return properties.getProperty("client_secret");
	}
}
