package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.TenantCaller;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What an operator relies on: probes, metrics with latency histograms, the API description, JSON logs. */
@PlazaTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

	private static final String REFUSALS = "dev.plaza.platform.web.ApiExceptionHandler";

	@Autowired
	PlazaClient plaza;

	@Autowired
	LoggingSystem logging;

	@Test
	void livenessAndReadinessProbesAnswerUp() {
		assertThat(plaza.get("/actuator/health/liveness", null).json().get("status").asString()).isEqualTo("UP");
		assertThat(plaza.get("/actuator/health/readiness", null).json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void prometheusExposesHttpLatencyHistograms() {
		plaza.get("/api/v1/tenant", plaza.adminToken());

		String metrics = plaza.get("/actuator/prometheus", plaza.adminToken()).text();

		assertThat(metrics).containsPattern("http_server_requests_seconds_bucket\\{.*uri=\"/api/v1/tenant\".*le=\"0\\.0\\d+\"\\}")
			.contains("http_server_requests_seconds_count{");
	}

	@Test
	void metricsAndOtherOperationsEndpointsNeedAnAdminToken() {
		String admin = plaza.adminToken();
		TenantCaller tenant = plaza.tenantCaller(admin, plaza.newOrganization(admin).get("tenants").get(0).get("id").asString(),
				"tenant:read");

		for (String endpoint : List.of("/actuator/prometheus", "/actuator/info", "/actuator")) {
			assertThat(plaza.get(endpoint, null).status()).as(endpoint).isEqualTo(401);
			assertThat(plaza.get(endpoint, tenant.token()).status()).as(endpoint).isEqualTo(403);
			assertThat(plaza.get(endpoint, admin).status()).as(endpoint).isEqualTo(200);
		}
		assertThat(plaza.get("/actuator/health", null).status()).isEqualTo(200);
		assertThat(plaza.get("/v3/api-docs", null).status()).isEqualTo(200);
	}

	@Test
	void theApiIsDescribedInOpenApi31() {
		JsonNode docs = plaza.get("/v3/api-docs", null).json();

		assertThat(docs.get("openapi").asString()).startsWith("3.1");
		assertThat(docs.get("paths").propertyNames()).contains("/api/v1/organizations", "/api/v1/tenant",
				"/api/v1/tenants/{tenantId}/clients");
	}

	/** Refusals are logged at debug (a storm of them must not flood the log); an operator turns that on to follow one. */
	@Test
	void logsAreJsonLinesCarryingTraceAndTenant(CapturedOutput output) {
		String admin = plaza.adminToken();
		TenantCaller caller = plaza.tenantCaller(admin,
				plaza.newOrganization(admin).get("tenants").get(0).get("id").asString(), "tenant:read");

		logging.setLogLevel(REFUSALS, LogLevel.DEBUG);
		try {
			plaza.get("/api/v1/tenants/" + UUID.randomUUID(), caller.token());
		}
		finally {
			logging.setLogLevel(REFUSALS, null);
		}

		JsonMapper json = JsonMapper.builder().build();
		JsonNode line = output.getOut().lines()
			.filter(l -> l.startsWith("{") && l.contains(caller.tenantId()))
			.map(json::readTree)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no JSON log line mentions tenant " + caller.tenantId()));
		assertThat(line.get("tenantId").asString()).isEqualTo(caller.tenantId());
		assertThat(line.get("traceId").asString()).matches("[0-9a-f]{32}");
	}
}
