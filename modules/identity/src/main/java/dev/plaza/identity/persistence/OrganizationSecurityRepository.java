package dev.plaza.identity.persistence;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import dev.plaza.identity.domain.Role;
import dev.plaza.tenancy.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What each organization asks of its people at login. */
@Repository
public class OrganizationSecurityRepository {

	private final JdbcClient jdbc;

	OrganizationSecurityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The roles whose holders must give a TOTP code; none when the organization never said. */
	public Set<Role> secondFactorRequiredFor(OrganizationId organization) {
		return jdbc.sql("SELECT second_factor_required_for FROM identity.organization_security WHERE organization_id = :organization")
			.param("organization", organization.value())
			.query((rs, n) -> Arrays.stream((String[]) rs.getArray(1).getArray())
				.map(code -> Role.ofCode(code).orElseThrow())
				.collect(Collectors.toUnmodifiableSet()))
			.optional()
			.orElse(Set.of());
	}

	public void requireSecondFactorFor(OrganizationId organization, Set<Role> roles) {
		jdbc.sql("""
				INSERT INTO identity.organization_security (organization_id, second_factor_required_for) VALUES (:organization, :roles)
				ON CONFLICT (organization_id) DO UPDATE SET second_factor_required_for = excluded.second_factor_required_for""")
			.param("organization", organization.value())
			.param("roles", roles.stream().map(Role::code).sorted().toArray(String[]::new))
			.update();
	}
}
