package dev.plaza.lending.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import dev.plaza.platform.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of each lender's close of business per business date: status, counts, start and end. */
@Repository
public class CloseOfBusinessRuns {

	private static final String COLUMNS = "business_date, status, loans, installments_due, installments_overdue, "
			+ "late_fees, delinquent, started_at, finished_at";

	private final JdbcClient jdbc;

	CloseOfBusinessRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records that the day's close started, unless a worker (of any instance) already did. */
	public void start(TenantId lender, LocalDate day) {
		jdbc.sql("""
				INSERT INTO lending.close_of_business (tenant_id, business_date) VALUES (:lender, :day)
				ON CONFLICT (tenant_id, business_date) DO NOTHING""")
			.param("lender", lender.value())
			.param("day", day)
			.update();
	}

	/** Adds what one chunk did, in the chunk's transaction. */
	public void add(TenantId lender, LocalDate day, Counts chunk) {
		jdbc.sql("""
				UPDATE lending.close_of_business
				SET loans = loans + :loans, installments_due = installments_due + :due,
				    installments_overdue = installments_overdue + :overdue, late_fees = late_fees + :lateFees,
				    delinquent = delinquent + :delinquent
				WHERE tenant_id = :lender AND business_date = :day""")
			.param("lender", lender.value())
			.param("day", day)
			.param("loans", chunk.loans())
			.param("due", chunk.installmentsDue())
			.param("overdue", chunk.installmentsOverdue())
			.param("lateFees", chunk.lateFees())
			.param("delinquent", chunk.delinquent())
			.update();
	}

	public void complete(TenantId lender, LocalDate day) {
		jdbc.sql("""
				UPDATE lending.close_of_business SET status = 'completed', finished_at = now()
				WHERE tenant_id = :lender AND business_date = :day AND status = 'running'""")
			.param("lender", lender.value())
			.param("day", day)
			.update();
	}

	public Optional<StoredRun> find(TenantId lender, LocalDate day) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM lending.close_of_business WHERE tenant_id = :lender AND business_date = :day")
			.param("lender", lender.value())
			.param("day", day)
			.query(CloseOfBusinessRuns::map)
			.optional();
	}

	/** The caller's runs, latest business date first, before {@code before} (exclusive). */
	public List<StoredRun> page(LocalDate before, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM lending.close_of_business WHERE business_date < :before "
				+ "ORDER BY business_date DESC LIMIT :limit")
			.param("before", before)
			.param("limit", limit)
			.query(CloseOfBusinessRuns::map)
			.list();
	}

	/** The earliest business date of the lender's active loans, if it has any. */
	public Optional<LocalDate> earliestBusinessDate(TenantId lender) {
		return jdbc.sql("""
				SELECT business_date FROM lending.loans WHERE tenant_id = :lender AND status = 'active'
				ORDER BY business_date LIMIT 1""")
			.param("lender", lender.value())
			.query(LocalDate.class)
			.optional();
	}

	/** Every lender with active loans, with the time zone of its loans (for the platform-scope scheduler). */
	public List<LenderClock> lendersWithActiveLoans() {
		return jdbc.sql("""
				SELECT tenant_id, max(time_zone) AS time_zone, min(business_date) AS earliest
				FROM lending.loans WHERE status = 'active' GROUP BY tenant_id""")
			.query((rs, row) -> new LenderClock(new TenantId(rs.getObject(1, java.util.UUID.class)), rs.getString(2),
					rs.getObject(3, LocalDate.class)))
			.list();
	}

	private static StoredRun map(ResultSet rs, int row) throws SQLException {
		return new StoredRun(rs.getObject("business_date", LocalDate.class), rs.getString("status"),
				new Counts(rs.getInt("loans"), rs.getInt("installments_due"), rs.getInt("installments_overdue"),
						rs.getInt("late_fees"), rs.getInt("delinquent")),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null));
	}

	/** What a close of business did: loans closed, installments that fell due or overdue, late fees charged, loans that became delinquent. */
	public record Counts(int loans, int installmentsDue, int installmentsOverdue, int lateFees, int delinquent) {

		public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

		public Counts plus(Counts other) {
			return new Counts(loans + other.loans, installmentsDue + other.installmentsDue,
					installmentsOverdue + other.installmentsOverdue, lateFees + other.lateFees, delinquent + other.delinquent);
		}
	}

	/** @param finishedAt null while running */
	public record StoredRun(LocalDate businessDate, String status, Counts counts, Instant startedAt, Instant finishedAt) {
	}

	/** A lender whose loans live in {@code timeZone}, the earliest of them at {@code earliest}. */
	public record LenderClock(TenantId lender, String timeZone, LocalDate earliest) {
	}
}
