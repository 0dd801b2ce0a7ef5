package dev.plaza.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dev.plaza.identity.application.AccountLinks;
import dev.plaza.identity.application.TokenAuthority;
import dev.plaza.identity.domain.Role;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An organization of the tests with its people: invited over the API, activated with the e-mailed
 * link, and their access tokens shaped as login will issue them (subject the person's id, the scopes
 * of their roles, the tenant of the environment), signed with Plaza's key — until the login flow
 * exists, the way a person's token reaches the API.
 */
final class Staff {

	static final String PASSWORD = "tangerine piano umbrella";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final PlazaClient plaza;

	final String admin;

	final String orgId;

	final String tenantId;

	final String domain = "people-" + UUID.randomUUID().toString().substring(0, 8) + ".test";

	private final GreenMail smtp;

	private final AccountLinks links;

	private final JwtEncoder signer;

	private final TokenAuthority authority;

	Staff(PlazaClient plaza, GreenMail smtp, AccountLinks links, JwtEncoder signer, TokenAuthority authority) {
		this.plaza = plaza;
		this.smtp = smtp;
		this.links = links;
		this.signer = signer;
		this.authority = authority;
		this.admin = plaza.adminToken();
		JsonNode organization = plaza.newOrganization(admin);
		this.orgId = organization.get("id").asString();
		this.tenantId = organization.get("tenants").get(0).get("id").asString();
	}

	String users() {
		return "/api/v1/organizations/" + orgId + "/users";
	}

	String email(String name) {
		return name + "@" + domain;
	}

	Response invite(String token, String name, String... roles) {
		return plaza.postJson(users(), token, JSON.writeValueAsString(Map.of("email", email(name), "name", "Person " + name,
				"roles", List.of(roles), "environments", List.of("demo", "production"))));
	}

	/** Invited by the operator and activated with the e-mailed link; answers the person's id. */
	String active(String name, String... roles) {
		Response invited = invite(admin, name, roles);
		if (invited.status() != 201) {
			throw new IllegalStateException("Could not invite " + name + ": " + invited.text());
		}
		links.activate(StaffMail.awaitLink(smtp, email(name), "/account/activate", 1).token(), PASSWORD);
		return invited.json().get("id").asString();
	}

	/** An access token of the person in the organization's demo tenant with the scopes of the roles. */
	String tokenOf(String personId, Role... roles) {
		Instant issuedAt = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(authority.issuer())
			.audience(List.of(authority.audience()))
			.subject(personId)
			.id(UUID.randomUUID().toString())
			.issuedAt(issuedAt)
			.expiresAt(issuedAt.plus(15, ChronoUnit.MINUTES))
			.claim("scope", String.join(" ", Role.scopesOf(Set.of(roles))))
			.claim("tenant", tenantId)
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("at+jwt").build();
		return signer.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}
}
