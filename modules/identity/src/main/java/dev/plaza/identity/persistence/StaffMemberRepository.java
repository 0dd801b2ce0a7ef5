package dev.plaza.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.plaza.identity.domain.Role;
import dev.plaza.identity.domain.StaffStatus;
import dev.plaza.tenancy.Environment;
import dev.plaza.tenancy.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Organizations' people. Row-level security shows a tenant the people of its own organization; the
 * platform scope (login, e-mailed links) sees everyone. Deleted people are never answered.
 */
@Repository
public class StaffMemberRepository {

	private static final String COLUMNS = """
			id, organization_id, email, name, roles, environments, status, password_hash, failed_logins, locked_until,
			totp_secret, totp_enrolled, totp_last_step, created_at""";

	private final JdbcClient jdbc;

	StaffMemberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the person; false when someone not deleted already has the e-mail (in any organization). */
	public boolean add(StaffAccount account) {
		return jdbc.sql("""
				INSERT INTO identity.staff_members (id, organization_id, email, name, roles, environments, status, created_at, updated_at)
				VALUES (:id, :organization, :email, :name, :roles, :environments, :status, :createdAt, :createdAt)
				ON CONFLICT DO NOTHING""")
			.param("id", account.id())
			.param("organization", account.organization().value())
			.param("email", account.email())
			.param("name", account.name())
			.param("roles", codes(account.roles(), Role::code))
			.param("environments", codes(account.environments(), Environment::code))
			.param("status", account.status().code())
			.param("createdAt", Timestamp.from(account.createdAt()))
			.update() == 1;
	}

	public Optional<StaffAccount> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.staff_members WHERE id = :id AND status <> 'deleted'")
			.param("id", id)
			.query(StaffMemberRepository::map)
			.optional();
	}

	/** For update: the row stays as read until the transaction ends. */
	public Optional<StaffAccount> lock(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.staff_members WHERE id = :id AND status <> 'deleted' FOR UPDATE")
			.param("id", id)
			.query(StaffMemberRepository::map)
			.optional();
	}

	public Optional<StaffAccount> withEmail(String email) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.staff_members WHERE lower(email) = lower(:email) AND status <> 'deleted'")
			.param("email", email)
			.query(StaffMemberRepository::map)
			.optional();
	}

	/** The organization's people in id (creation) order, newest first, starting before the id given. */
	public List<StaffAccount> page(OrganizationId organization, UUID before, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM identity.staff_members
				WHERE organization_id = :organization AND status <> 'deleted' AND id < :before
				ORDER BY id DESC LIMIT :limit""")
			.param("organization", organization.value())
			.param("before", before)
			.param("limit", limit)
			.query(StaffMemberRepository::map)
			.list();
	}

	/** How many active owners the organization has, the rows locked until the transaction ends. */
	public int activeOwners(OrganizationId organization) {
		return jdbc.sql("""
				SELECT id FROM identity.staff_members
				WHERE organization_id = :organization AND status = 'active' AND 'owner' = ANY (roles) FOR UPDATE""")
			.param("organization", organization.value())
			.query(UUID.class)
			.list()
			.size();
	}

	public void update(UUID id, String name, Set<Role> roles, Set<Environment> environments, StaffStatus status) {
		jdbc.sql("""
				UPDATE identity.staff_members SET name = :name, roles = :roles, environments = :environments, status = :status,
				       updated_at = now()
				WHERE id = :id""")
			.param("id", id)
			.param("name", name)
			.param("roles", codes(roles, Role::code))
			.param("environments", codes(environments, Environment::code))
			.param("status", status.code())
			.update();
	}

	/** Sets the password, makes an invited person active and clears any lockout. */
	public void setPassword(UUID id, String passwordHash) {
		jdbc.sql("""
				UPDATE identity.staff_members SET password_hash = :hash, failed_logins = 0, locked_until = NULL,
				       status = CASE WHEN status = 'invited' THEN 'active' ELSE status END, updated_at = now()
				WHERE id = :id""")
			.param("id", id)
			.param("hash", passwordHash)
			.update();
	}

	/** Counts one more consecutive failure; answers the count. */
	public int countFailure(UUID id) {
		return jdbc.sql("UPDATE identity.staff_members SET failed_logins = failed_logins + 1 WHERE id = :id RETURNING failed_logins")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	public void lockUntil(UUID id, Instant until) {
		jdbc.sql("UPDATE identity.staff_members SET locked_until = :until WHERE id = :id")
			.param("id", id)
			.param("until", Timestamp.from(until))
			.update();
	}

	public void clearFailures(UUID id) {
		jdbc.sql("UPDATE identity.staff_members SET failed_logins = 0, locked_until = NULL WHERE id = :id AND failed_logins > 0")
			.param("id", id)
			.update();
	}

	/** Starts (or restarts) enrolment with a new secret; the person is not enrolled until they confirm a code. */
	public void startSecondFactor(UUID id, String secret) {
		jdbc.sql("UPDATE identity.staff_members SET totp_secret = :secret, totp_enrolled = false, totp_last_step = NULL WHERE id = :id")
			.param("id", id)
			.param("secret", secret)
			.update();
	}

	public void confirmSecondFactor(UUID id) {
		jdbc.sql("UPDATE identity.staff_members SET totp_enrolled = true WHERE id = :id")
			.param("id", id)
			.update();
	}

	/** Records the time step of an accepted code; false when that step or a later one was used already. */
	public boolean useTimeStep(UUID id, long step) {
		return jdbc.sql("""
				UPDATE identity.staff_members SET totp_last_step = :step
				WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)""")
			.param("id", id)
			.param("step", step)
			.update() == 1;
	}

	private static <T> String[] codes(Collection<T> values, Function<T, String> code) {
		return values.stream().map(code).sorted().toArray(String[]::new);
	}

	private static StaffAccount map(ResultSet rs, int row) throws SQLException {
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		long step = rs.getLong("totp_last_step");
		Long lastStep = rs.wasNull() ? null : step;
		return new StaffAccount(rs.getObject("id", UUID.class), new OrganizationId(rs.getObject("organization_id", UUID.class)),
				rs.getString("email"), rs.getString("name"),
				codes(rs, "roles").stream().map(code -> Role.ofCode(code).orElseThrow()).collect(Collectors.toSet()),
				codes(rs, "environments").stream().map(Environment::fromCode).collect(Collectors.toSet()),
				StaffStatus.ofCode(rs.getString("status")).orElseThrow(), rs.getString("password_hash"), rs.getInt("failed_logins"),
				lockedUntil == null ? null : lockedUntil.toInstant(), rs.getString("totp_secret"), rs.getBoolean("totp_enrolled"),
				lastStep, rs.getTimestamp("created_at").toInstant());
	}

	private static List<String> codes(ResultSet rs, String column) throws SQLException {
		return Arrays.asList((String[]) rs.getArray(column).getArray());
	}
}
