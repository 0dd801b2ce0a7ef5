package dev.plaza.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

import dev.plaza.identity.application.TokenAuthority;
import dev.plaza.identity.domain.Role;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An analyst reads everything and changes nothing: every operation of the published API that changes
 * something and needs a scope, called with a valid request by a person holding the analyst role, is
 * refused with 403. Operations any token may call (a person's own second factor) are the person's,
 * whatever the role. The token is shaped as login issues a person's: their id, their role's scopes and
 * the tenant of the environment.
 */
@PlazaTest
class AnalystWritesTest {

	/** Generated requests tried per operation until one is well-formed enough to reach the scope check. */
	private static final int TRIES = 50;

	private static final String MOVIE = """
			{"title": "Arrival", "durationMinutes": 116, "ageRating": "12", "releaseDate": "2016-11-11", "languages": ["en"]}""";

	/** Valid bodies of writes whose rules the document does not state in full (a pattern on each list item). */
	private static final Map<String, String> WRITTEN_BODIES = Map.of("POST /api/v1/tenants/{tenantId}/clients",
			"{\"name\": \"Reporting\", \"scopes\": [\"orders:read\"]}", "POST /api/v1/catalog/movies", MOVIE,
			"PUT /api/v1/catalog/movies/{id}", MOVIE);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	PlazaClient plaza;

	@Autowired
	JwtEncoder signer;

	@Autowired
	TokenAuthority authority;

	@Test
	void anAnalystIsRefusedEveryWrite() {
		ApiDocument document = ApiDocument.parse(plaza.get("/v3/api-docs", null).text());
		String admin = plaza.adminToken();
		JsonNode organization = plaza.newOrganization(admin);
		String tenantId = organization.get("tenants").get(0).get("id").asString();
		FuzzTenant analyst = new FuzzTenant("analyst", tenantId, organization.get("id").asString(), analystToken(tenantId),
				new KnownIds());
		Sender sender = new Sender(plaza, admin);
		GeneratedRequest.Maker maker = new GeneratedRequest.Maker(new SplittableRandom(20261207));

		List<Endpoint> writes = document.endpoints()
			.stream()
			.filter(endpoint -> !endpoint.isRead())
			.filter(endpoint -> !endpoint.security().isEmpty() && endpoint.security().stream().noneMatch(Set::isEmpty))
			.toList();
		Map<String, String> allowed = new TreeMap<>();
		for (Endpoint write : writes) {
			Exchange answer = refusalOf(write, analyst, sender, maker);
			if (answer.status() != 403) {
				allowed.put(write.name(), answer.status() + " " + answer.answer());
			}
		}

		assertThat(writes).as("the API's writes").hasSizeGreaterThan(30);
		assertThat(allowed).as("writes an analyst was not refused").isEmpty();
	}

	/**
	 * The answer to a request the API accepts as well-formed: a body the controller cannot bind is refused
	 * (400) before the scope is checked, so generated requests are tried until one binds.
	 */
	private static Exchange refusalOf(Endpoint write, FuzzTenant analyst, Sender sender, GeneratedRequest.Maker maker) {
		Exchange answer = null;
		for (int attempt = 0; attempt < TRIES && (answer == null || answer.status() == 400); attempt++) {
			GeneratedRequest request = maker.make(write, analyst, false);
			if (WRITTEN_BODIES.containsKey(write.name())) {
				request = new GeneratedRequest(request.pathAndQuery(), JSON.readTree(WRITTEN_BODIES.get(write.name())),
						request.invalid());
			}
			if (request.invalid() == null) {
				answer = sender.sendAsTenant(write, request, analyst);
			}
		}
		return answer;
	}

	private String analystToken(String tenantId) {
		Instant issuedAt = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(authority.issuer())
			.audience(List.of(authority.audience()))
			.subject(UUID.randomUUID().toString())
			.id(UUID.randomUUID().toString())
			.issuedAt(issuedAt)
			.expiresAt(issuedAt.plus(15, ChronoUnit.MINUTES))
			.claim("scope", String.join(" ", Role.ANALYST.scopes()))
			.claim("tenant", tenantId)
			.build();
		return signer.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).type("at+jwt").build(), claims))
			.getTokenValue();
	}
}
