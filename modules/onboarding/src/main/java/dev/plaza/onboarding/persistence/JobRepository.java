package dev.plaza.onboarding.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.onboarding.domain.JobMode;
import dev.plaza.platform.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Onboarding jobs. Row-level security shows a tenant its own; the platform scope sees all. */
@Repository
public class JobRepository {

	private static final String COLUMNS = "id, tenant_id, status, mode, format, total, started_at, finished_at";

	private final JdbcClient jdbc;

	JobRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(TenantId tenant, UUID id, JobMode mode, String format) {
		jdbc.sql("""
				INSERT INTO onboarding.jobs (tenant_id, id, status, mode, format, total)
				VALUES (:tenant, :id, 'running', :mode, :format, 0)""")
			.param("tenant", tenant.value())
			.param("id", id)
			.param("mode", mode.code())
			.param("format", format)
			.update();
	}

	public void setTotal(UUID id, int total) {
		jdbc.sql("UPDATE onboarding.jobs SET total = :total WHERE id = :id").param("id", id).param("total", total).update();
	}

	public Optional<StoredJob> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM onboarding.jobs WHERE id = :id")
			.param("id", id)
			.query(JobRepository::map)
			.optional();
	}

	/** The jobs the caller sees, newest first, starting before that id. */
	public List<StoredJob> page(UUID before, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM onboarding.jobs WHERE id < :before ORDER BY id DESC LIMIT :limit")
			.param("before", before)
			.param("limit", limit)
			.query(JobRepository::map)
			.list();
	}

	/** Stops a running job; a job that already ended stays as it is. */
	public void cancel(UUID id) {
		jdbc.sql("UPDATE onboarding.jobs SET status = 'cancelled', finished_at = now() WHERE id = :id AND status = 'running'")
			.param("id", id)
			.update();
	}

	/** A completed job has work again (its failed items were sent back): it runs until they settle. */
	public void reopen(UUID id) {
		jdbc.sql("UPDATE onboarding.jobs SET status = 'running', finished_at = NULL WHERE id = :id AND status = 'completed'")
			.param("id", id)
			.update();
	}

	/** Completes every running job whose items have all settled. */
	public int completeSettled() {
		return jdbc.sql("""
				UPDATE onboarding.jobs j SET status = 'completed', finished_at = now()
				WHERE j.status = 'running' AND NOT EXISTS (
				    SELECT 1 FROM onboarding.items i
				    WHERE i.job_id = j.id AND i.state IN ('received', 'validated', 'verifying', 'verified')
				      AND NOT (j.mode = 'validate' AND i.state = 'validated'))""")
			.update();
	}

	private static StoredJob map(ResultSet rs, int n) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new StoredJob(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
				rs.getString("status"), JobMode.fromCode(rs.getString("mode")), rs.getString("format"), rs.getInt("total"), rs.getTimestamp("started_at").toInstant(),
				finished == null ? null : finished.toInstant());
	}
}
