package dev.plaza.lending.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.lending.LoanApplicationId;
import dev.plaza.lending.LoanProductId;
import dev.plaza.lending.domain.Amortization;
import dev.plaza.lending.domain.CreditReport;
import dev.plaza.lending.domain.DayCount;
import dev.plaza.lending.domain.Reason;
import dev.plaza.lending.domain.RepaymentFrequency;
import dev.plaza.platform.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lenders' copies of applications as decisions read and settle them. The workers claim and settle in
 * the platform scope, every lender's copies; a lender's operators see their own.
 */
@Repository
public class DecisionCopies {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	private static final String COPY = """
			c.id, c.tenant_id, c.application_id, c.country, c.currency, c.amount, c.term_months, c.purpose,
			c.applicant::text AS applicant, c.attempts, c.claimed_until, c.status, c.reasons::text AS reasons,
			c.credit_report::text AS credit_report, c.received_at, p.id AS product_id, p.min_amount, p.max_amount,
			p.terms_months, p.annual_rate_basis_points, p.amortization, p.day_count, p.repayment_frequency,
			p.grace_months, p.origination_fee_basis_points, p.late_fee, p.eligibility_rule_set""";

	private final JdbcClient jdbc;

	DecisionCopies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims up to {@code max} received copies whose next attempt has come and that nobody holds, until
	 * the lease ends, skipping those other workers are claiming. A dead worker's claims come back when
	 * their lease ends.
	 */
	public List<DecisionCopy> claim(int max, Duration lease) {
		return jdbc.sql("""
				WITH due AS (
				    SELECT id FROM lending.lender_applications
				    WHERE status = 'received' AND next_attempt_at <= now() AND (claimed_until IS NULL OR claimed_until <= now())
				    ORDER BY next_attempt_at LIMIT :max FOR UPDATE SKIP LOCKED),
				claimed AS (
				    UPDATE lending.lender_applications c SET claimed_until = clock_timestamp() + make_interval(secs => :lease)
				    FROM due WHERE c.id = due.id RETURNING c.*)
				""" + "SELECT " + COPY + " FROM claimed c JOIN lending.products p ON p.id = c.product_id")
			.param("max", max)
			.param("lease", lease.toMillis() / 1000.0)
			.query(DecisionCopies::copy)
			.list();
	}

	/** Puts the claimed copy back for a later attempt; false if the claim was lost. */
	public boolean defer(DecisionCopy copy, int attempts, Instant nextAttemptAt) {
		return jdbc.sql("""
				UPDATE lending.lender_applications SET attempts = :attempts, next_attempt_at = :next, claimed_until = NULL
				WHERE id = :id AND status = 'received' AND claimed_until = :lease""")
			.param("attempts", attempts)
			.param("next", Timestamp.from(nextAttemptAt))
			.param("id", copy.id())
			.param("lease", Timestamp.from(copy.lease()))
			.update() == 1;
	}

	/**
	 * Settles a copy: the worker's claimed one ({@code lease} given) while still received, or an
	 * operator's one in manual review. A declined copy drops the applicant's personal data.
	 *
	 * @return false if the copy was not in that state (or the worker lost its claim)
	 */
	public boolean settle(UUID id, Instant lease, String status, List<Reason> reasons, CreditReport report,
			int attempts, String decidedBy) {
		return jdbc.sql("""
				UPDATE lending.lender_applications
				SET status = :status, reasons = :reasons::jsonb, credit_report = coalesce(:report::jsonb, credit_report),
				    attempts = :attempts, claimed_until = NULL, decided_at = now(), decided_by = :decidedBy,
				    applicant = CASE WHEN :status = 'declined' THEN NULL ELSE applicant END
				WHERE id = :id AND (status = 'received' AND claimed_until = :lease OR status = 'manual_review' AND :byOperator)""")
			.param("status", status)
			.param("reasons", JSON.writeValueAsString(reasons))
			.param("report", report == null ? null : JSON.writeValueAsString(report))
			.param("attempts", attempts)
			.param("decidedBy", decidedBy)
			.param("id", id)
			.param("lease", lease == null ? null : OffsetDateTime.ofInstant(lease, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("byOperator", lease == null)
			.update() == 1;
	}

	/** The copies of the current lender awaiting a person, oldest first. */
	public List<ReviewedCopy> inReview(int limit) {
		return jdbc.sql("SELECT " + COPY + """
				 FROM lending.lender_applications c JOIN lending.products p ON p.id = c.product_id
				WHERE c.status = 'manual_review' ORDER BY c.received_at, c.id LIMIT :limit""")
			.param("limit", limit)
			.query(DecisionCopies::reviewed)
			.list();
	}

	/** One copy of the current lender, locked until the transaction ends. */
	public Optional<ReviewedCopy> lock(UUID id) {
		return jdbc.sql("SELECT " + COPY + """
				 FROM lending.lender_applications c JOIN lending.products p ON p.id = c.product_id
				WHERE c.id = :id FOR UPDATE OF c""")
			.param("id", id)
			.query(DecisionCopies::reviewed)
			.optional();
	}

	/**
	 * Marks the copy accepted and the application's other undecided or offered copies withdrawn, dropping
	 * their applicants' personal data.
	 */
	public void accept(LoanApplicationId application, UUID accepted) {
		jdbc.sql("""
				UPDATE lending.lender_applications SET status = 'withdrawn', applicant = NULL, claimed_until = NULL
				WHERE application_id = :application AND id <> :accepted AND status NOT IN ('declined', 'withdrawn')""")
			.param("application", application.value())
			.param("accepted", accepted)
			.update();
		jdbc.sql("UPDATE lending.lender_applications SET status = 'accepted' WHERE id = :accepted")
			.param("accepted", accepted)
			.update();
	}

	/** One copy with its product, whoever's it is in the platform scope. */
	public Optional<DecisionCopy> find(UUID id) {
		return jdbc.sql("SELECT " + COPY
				+ " FROM lending.lender_applications c JOIN lending.products p ON p.id = c.product_id WHERE c.id = :id")
			.param("id", id)
			.query(DecisionCopies::copy)
			.optional();
	}

	/** A copy in review, with what the operator sees of it. */
	public record ReviewedCopy(DecisionCopy copy, String status, List<Reason> reasons, CreditReport creditReport,
			Instant receivedAt) {
	}

	private static ReviewedCopy reviewed(ResultSet rs, int n) throws SQLException {
		String report = rs.getString("credit_report");
		return new ReviewedCopy(copy(rs, n), rs.getString("status"), JSON.readValue(rs.getString("reasons"), REASONS),
				report == null ? null : JSON.readValue(report, CreditReport.class), rs.getTimestamp("received_at").toInstant());
	}

	private static DecisionCopy copy(ResultSet rs, int n) throws SQLException {
		Timestamp lease = rs.getTimestamp("claimed_until");
		return new DecisionCopy(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
				new LoanApplicationId(rs.getObject("application_id", UUID.class)), rs.getString("country"),
				rs.getString("currency"), rs.getLong("amount"), rs.getInt("term_months"), rs.getString("purpose"),
				CopyApplicants.read(rs.getString("applicant")), rs.getInt("attempts"), lease == null ? null : lease.toInstant(),
				product(rs));
	}

	private static DecisionCopy.Product product(ResultSet rs) throws SQLException {
		Array terms = rs.getArray("terms_months");
		return new DecisionCopy.Product(new LoanProductId(rs.getObject("product_id", UUID.class)), rs.getLong("min_amount"),
				rs.getLong("max_amount"), Arrays.asList((Integer[]) terms.getArray()), rs.getInt("annual_rate_basis_points"),
				StoredCodes.of(Amortization.class, Amortization::code, rs.getString("amortization")),
				StoredCodes.of(DayCount.class, DayCount::code, rs.getString("day_count")),
				StoredCodes.of(RepaymentFrequency.class, RepaymentFrequency::code, rs.getString("repayment_frequency")),
				rs.getInt("grace_months"), rs.getInt("origination_fee_basis_points"), rs.getLong("late_fee"),
				rs.getString("eligibility_rule_set"));
	}
}
