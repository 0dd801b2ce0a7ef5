package dev.plaza.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import dev.plaza.identity.domain.Role;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.StaffTokens;
import dev.plaza.tenancy.Environment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An analyst reads and changes nothing: every write operation the API document describes that needs a
 * scope, sent with the token an analyst got by logging in through an app (authorization code + PKCE), is
 * refused with 403 problem+json — so a write endpoint added later is held to the role without anyone
 * remembering to test it. Operations any token may call (a person's own sessions and second factor) are
 * the person's, whatever the role.
 */
@PlazaTest
class AnalystRefusedTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	StaffTokens staff;

	@Test
	void everyWriteTheDocumentDescribesIsRefusedToAnAnalyst() {
		ApiDocument document = ApiDocument.parse(plaza.get("/v3/api-docs", null).text());
		String admin = plaza.adminToken();
		JsonNode organization = plaza.newOrganization(admin);
		String tenantId = organization.get("tenants").get(0).get("id").asString();
		FuzzTenant analyst = new FuzzTenant("analyst", tenantId, organization.get("id").asString(),
				analystToken(organization.get("id").asString(), tenantId), new KnownIds());
		Sender sender = new Sender(plaza, admin);
		GeneratedRequest.Maker maker = new GeneratedRequest.Maker(new SplittableRandom(15));

		List<String> writes = new ArrayList<>();
		List<String> notRefused = new ArrayList<>();
		for (Endpoint endpoint : document.endpoints()) {
			if (endpoint.isRead() || endpoint.security().isEmpty() || endpoint.security().stream().anyMatch(Set::isEmpty)) {
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

	private String analystToken(String organizationId, String tenantId) {
		StaffTokens.Person analyst = staff.person(organizationId, Set.of(Role.ANALYST), Set.of(Environment.DEMO));
		String[] everyScope = Role.OWNER.scopes().toArray(String[]::new);
		String app = staff.firstPartyApp(tenantId, everyScope);
		String token = staff.login(analyst, app, Environment.DEMO, everyScope).accessToken();
		assertThat(plaza.get("/api/v1/tenant", token).status()).as("the analyst reads").isEqualTo(200);
		return token;
	}
}
