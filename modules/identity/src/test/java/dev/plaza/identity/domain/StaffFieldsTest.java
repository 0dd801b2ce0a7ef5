package dev.plaza.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.plaza.platform.FieldError;
import dev.plaza.tenancy.Environment;
import org.junit.jupiter.api.Test;

class StaffFieldsTest {

	private final StaffFields fields = new StaffFields();

	@Test
	void goodFieldsAreReadWithoutSurroundingBlanks() {
		assertThat(fields.email(" ana@example.com ")).isEqualTo("ana@example.com");
		assertThat(fields.name(" Ana Lima ")).isEqualTo("Ana Lima");
		assertThat(fields.roles("roles", List.of("owner", "analyst"))).containsExactly(Role.OWNER, Role.ANALYST);
		assertThat(fields.environments(List.of("production"))).containsExactly(Environment.PRODUCTION);
		assertThat(fields.errors()).isEmpty();
	}

	@Test
	void everyBrokenFieldIsNamedOnce() {
		fields.email("ana");
		fields.name("  ");
		fields.roles("roles", List.of("owner", "janitor"));
		fields.environments(List.of());
		fields.settableStatus("deleted");

		assertThat(fields.errors()).extracting(FieldError::field).containsExactly("email", "name", "roles", "environments",
				"status");
		assertThat(fields.errors().get(2).reason()).contains("[janitor]").contains("owner, admin, operator, analyst, support");
	}

	@Test
	void onlyOwnersAndAdminsCanBeRequiredASecondFactorAndNoneIsFine() {
		assertThat(fields.secondFactorRoles(List.of())).isEmpty();
		assertThat(fields.secondFactorRoles(List.of("owner", "admin"))).containsExactly(Role.OWNER, Role.ADMIN);
		assertThat(fields.errors()).isEmpty();

		fields.secondFactorRoles(List.of("analyst"));
		fields.secondFactorRoles(null);
		assertThat(fields.errors()).extracting(FieldError::reason).containsExactly("may name only 'owner' and 'admin'",
				"must be given: a list of roles, [] for none");
	}
}
