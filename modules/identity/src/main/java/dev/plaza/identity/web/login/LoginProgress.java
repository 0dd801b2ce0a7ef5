package dev.plaza.identity.web.login;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.plaza.identity.application.StaffMember;
import dev.plaza.tenancy.Environment;
import dev.plaza.tenancy.OrganizationId;

/**
 * How far a person got through the login steps, kept in the browser session between them: their
 * password was accepted; the second factor may still be due; the environment may still be to
 * choose. Only when every step is done does the session hold a logged-in person.
 */
record LoginProgress(UUID memberId, String email, UUID organization, List<String> environments,
		boolean secondFactorDue, Instant passwordAt, Instant secondFactorAt) implements Serializable {

	static final String ATTRIBUTE = LoginProgress.class.getName();

	static LoginProgress of(StaffMember member) {
		List<String> environments = member.environments().stream().sorted().map(Environment::code).toList();
		return new LoginProgress(member.id(), member.email(), member.organization().value(), environments,
				member.secondFactor(), Instant.now(), null);
	}

	LoginProgress secondFactorGiven() {
		return new LoginProgress(memberId, email, organization, environments, false, passwordAt, Instant.now());
	}

	OrganizationId organizationId() {
		return new OrganizationId(organization);
	}

	boolean mayChoose(String environment) {
		return environments.contains(environment);
	}
}
