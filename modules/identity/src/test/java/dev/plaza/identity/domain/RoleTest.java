package dev.plaza.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The roles' scope sets, as the README documents them. */
class RoleTest {

	@Test
	void anAnalystReadsEverythingAndWritesNothing() {
		assertThat(Role.ANALYST.scopes()).allMatch(scope -> scope.endsWith(":read"))
			.contains("tenant:read", "orders:read", "ledger:read", "users:read", "audit:read");
	}

	@Test
	void anOperatorWritesTheDayToDayButNeitherPeopleNorTheAuditLog() {
		assertThat(Role.OPERATOR.scopes()).contains("catalog:write", "orders:write", "payments:write", "notifications:write")
			.doesNotContain("users:write", "users:read", "clients:write", "audit:read");
	}

	@Test
	void supportReadsOrdersAndRefundsWithinTheLimitOnly() {
		assertThat(Role.SUPPORT.scopes()).contains("orders:read", "orders:refund")
			.doesNotContain("orders:write", "payments:write", "audit:read");
	}

	@Test
	void ownersAndAdminsHoldEveryOtherRolesScopesAndThePeoplesOnes() {
		for (Role role : List.of(Role.OWNER, Role.ADMIN)) {
			assertThat(role.scopes()).containsAll(Role.ANALYST.scopes())
				.containsAll(Role.OPERATOR.scopes())
				.containsAll(Role.SUPPORT.scopes().stream().filter(scope -> !scope.equals("orders:refund")).toList())
				.contains("users:write", "clients:write");
		}
	}

	@Test
	void rolesAreNamedByTheirCodes() {
		assertThat(Role.ofCode("analyst")).contains(Role.ANALYST);
		assertThat(Role.ofCode("Analyst")).isEmpty();
		assertThat(Role.scopesOf(List.of(Role.ANALYST, Role.SUPPORT))).contains("audit:read", "orders:refund");
	}
}
