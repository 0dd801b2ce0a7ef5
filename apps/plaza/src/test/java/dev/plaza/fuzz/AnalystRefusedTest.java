package dev.plaza.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import dev.plaza.identity.domain.Role;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An analyst reads and changes nothing: every write operation the API document describes, sent as a
 * valid request with an analyst's token, is refused with 403 problem+json — so a write endpoint added
 * later is held to the role without anyone remembering to test it.
 */
@PlazaTest
class AnalystRefusedTest {

	@Autowired
	PlazaClient plaza;

	@Test
	void everyWriteTheDocumentDescribesIsRefusedToAnAnalyst() {
		ApiDocument document = ApiDocument.parse(plaza.get("/v3/api-docs", null).text());
		String admin = plaza.adminToken();
		JsonNode organization = plaza.newOrganization(admin);
		String tenantId = organization.get("tenants").get(0).get("id").asString();
		FuzzTenant analyst = new FuzzTenant("analyst", tenantId, organization.get("id").asString(),
				analystToken(admin, tenantId), new KnownIds());
		Sender sender = new Sender(plaza, admin);
		GeneratedRequest.Maker maker = new GeneratedRequest.Maker(new SplittableRandom(15));

		List<String> writes = new ArrayList<>();
		List<String> notRefused = new ArrayList<>();
		for (Endpoint endpoint : document.endpoints()) {
			if (endpoint.isRead() || endpoint.security().isEmpty()) {
				continue;
			}
			writes.add(endpoint.name());
			GeneratedRequest valid = maker.make(endpoint, analyst, false);
			String path = withWellFormedIds(endpoint, analyst) + maker.requiredQuery(endpoint, analyst);
			Exchange exchange = sender.sendAsTenant(endpoint, new GeneratedRequest(path, valid.body(), null), analyst);
			boolean problem = exchange.contentType() != null && exchange.contentType().startsWith("application/problem+json");
			if (exchange.status() != 403 || !problem) {
				notRefused.add(endpoint.name() + " answered " + exchange.status() + " " + exchange.answer());
			}
		}
		assertThat(writes).as("write operations the document describes").hasSizeGreaterThan(30);
		assertThat(notRefused).as("writes an analyst was not refused with 403 problem+json").isEmpty();
	}

	/** The path with the analyst's tenant or a new id in each place: no edge filter refuses it before the scopes are judged. */
	private static String withWellFormedIds(Endpoint endpoint, FuzzTenant analyst) {
		String path = endpoint.path();
		for (var parameter : endpoint.pathParameters()) {
			String name = parameter.getName();
			path = path.replace("{" + name + "}", analyst.ownsTenantParameter(name) ? analyst.tenantId() : UUID.randomUUID().toString());
		}
		return path;
	}

	private String analystToken(String admin, String tenantId) {
		return plaza.tenantCaller(admin, tenantId, Role.ANALYST.scopes().toArray(String[]::new)).token();
	}
}
