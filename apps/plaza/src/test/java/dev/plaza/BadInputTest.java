package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Every mistake a caller can make gets a problem+json answer that says how to fix it, and changes nothing. */
@PlazaTest
class BadInputTest {

	@Autowired
	PlazaClient plaza;

	String admin;

	@BeforeEach
	void asAdministrator() {
		admin = plaza.adminToken();
	}

	@Test
	void malformedJsonIsA400() {
		Response response = plaza.postJson("/api/v1/organizations", admin, "{\"slug\": \"acme\", ");

		assertProblem(response, 400, "malformed-json");
	}

	@Test
	void aWrongContentTypeIsA415() {
		Response response = plaza.post("/api/v1/organizations", admin, "text/plain", "slug=acme");

		assertProblem(response, 415, "unsupported-media-type");
		assertThat(response.json().get("detail").asString()).contains("application/json");
	}

	@Test
	void unknownJsonFieldsAreRefusedByName() {
		String slug = "unk-" + UUID.randomUUID().toString().substring(0, 6);
		Response response = plaza.postJson("/api/v1/organizations", admin,
				"{\"slug\":\"" + slug + "\",\"name\":\"Acme\",\"owner\":\"me\"}");

		assertProblem(response, 400, "unknown-field");
		assertThat(response.json().get("field").asString()).isEqualTo("owner");
		assertThat(plaza.postJson("/api/v1/organizations", admin, "{\"slug\":\"" + slug + "\",\"name\":\"Acme\"}").status())
			.as("nothing was written by the refused request")
			.isEqualTo(201);
	}

	@Test
	void aFieldOfTheWrongTypeIsNamed() {
		Response response = plaza.postJson("/api/v1/tenants/" + UUID.randomUUID() + "/clients", admin,
				"{\"name\":\"x\",\"scopes\":\"tenant:read\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("field").asString()).isEqualTo("scopes");
	}

	@Test
	void everyInvalidFieldIsNamedInTheDetailAndListedWithItsReason() {
		Response response = plaza.postJson("/api/v1/organizations", admin, "{\"slug\":\"A\",\"name\":\"!\"}");

		assertProblem(response, 400, "validation");
		String slug = "slug must be 2 to 40 lowercase letters, digits or inner hyphens, like 'acme-lending'";
		String name = "name must start with a letter or digit and use only letters, digits, spaces and . , ' & ( ) / + -";
		assertThat(response.json().get("detail").asString()).as("in the order the validator reports them")
			.isIn("Fix these fields and retry: " + slug + "; " + name + ".",
					"Fix these fields and retry: " + name + "; " + slug + ".");
		assertThat(response.json().get("errors").valueStream()
			.map(error -> error.get("field").asString() + " " + error.get("reason").asString()))
			.containsExactlyInAnyOrder(slug, name);
		assertThat(response.json().get("errors").valueStream().map(JsonNode::propertyNames))
			.allSatisfy(names -> assertThat(names).containsExactlyInAnyOrder("field", "reason"));
	}

	@Test
	void aBodyOverTheLimitIsA413() {
		String huge = "{\"slug\":\"big\",\"name\":\"" + "x".repeat(100 * 1024) + "\"}";

		Response declared = plaza.postJson("/api/v1/organizations", admin, huge);
		Response chunked = plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/organizations"))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes()))));

		assertProblem(declared, 413, "payload-too-large");
		assertProblem(chunked, 413, "payload-too-large");
	}

	@Test
	void anUnknownIdIsA404() {
		assertProblem(plaza.get("/api/v1/organizations/" + UUID.randomUUID(), admin), 404, "not-found");
		assertProblem(plaza.get("/api/v1/tenants/" + UUID.randomUUID(), admin), 404, "not-found");
	}

	@Test
	void aMalformedIdIsA400NamingTheParameter() {
		Response response = plaza.get("/api/v1/tenants/not-a-uuid", admin);

		assertProblem(response, 400, "invalid-parameter");
		assertThat(response.json().get("parameter").asString()).isEqualTo("id");
	}

	@Test
	void anUnknownRouteOrMethodIsAProblemToo() {
		assertProblem(plaza.get("/api/v1/nothing-here", admin), 404, "not-found");
		assertProblem(plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/tenant"))
			.header("Authorization", "Bearer " + admin)
			.DELETE()), 405, "method-not-allowed");
	}

	private static void assertProblem(Response response, int status, String type) {
		assertThat(response.status()).as(response.text()).isEqualTo(status);
		assertThat(response.header("Content-Type")).as(response.text()).startsWith("application/problem+json");
		assertThat(response.problemType()).isEqualTo(type);
		assertThat(response.json().get("detail").asString()).isNotBlank();
		assertThat(response.text()).doesNotContain("Exception").doesNotContain("at dev.plaza");
	}
}
