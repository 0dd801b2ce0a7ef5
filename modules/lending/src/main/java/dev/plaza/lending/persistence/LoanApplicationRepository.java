package dev.plaza.lending.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Applications as applicants made them, and the lenders' copies of them. Row-level security confines
 * an application to the tenant it was made in and a copy to its lender; delivery and the applicant's
 * view of the decisions read across lenders in the platform scope.
 */
@Repository
public class LoanApplicationRepository {

	private static final String COLUMNS = """
			SELECT tenant_id, id, channel, country, currency, amount, term_months, purpose, applicant::text AS applicant,
			  status, reasons::text AS reasons, loan_id, submitted_at
			FROM lending.applications""";

	private final JdbcClient jdbc;

	LoanApplicationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An application as stored; {@code applicant} and {@code reasons} are JSON. */
	public record StoredApplication(UUID tenant, UUID id, String channel, String country, Currency currency, long amount,
			int termMonths, String purpose, String applicant, String status, String reasons, Optional<UUID> loanId,
			Instant submittedAt) {
	}

	/** A lender's copy as the applicant's view shows it; {@code reasons} is a JSON array. */
	public record StoredDecision(UUID lender, String status, String reasons) {
	}

	/** A copy to deliver to a lender, with the product of the lender's it goes to. */
	public record Copy(UUID id, UUID lender, UUID product) {
	}

	/** Stores a new application in the current tenant, {@code submitted}. */
	public void add(UUID id, String channel, String country, Currency currency, long amount, int termMonths, String purpose,
			String applicant, boolean consentToShare) {
		jdbc.sql("""
				INSERT INTO lending.applications (tenant_id, id, channel, country, currency, amount, term_months, purpose,
				  applicant, consent_to_share)
				VALUES (platform.current_tenant(), :id, :channel, :country, :currency, :amount, :term, :purpose,
				  CAST(:applicant AS jsonb), :consent)""")
			.param("id", id)
			.param("channel", channel)
			.param("country", country)
			.param("currency", currency.getCurrencyCode())
			.param("amount", amount)
			.param("term", termMonths)
			.param("purpose", purpose)
			.param("applicant", applicant)
			.param("consent", consentToShare)
			.update();
	}

	public Optional<StoredApplication> find(UUID id) {
		return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(LoanApplicationRepository::application).optional();
	}

	/** The decisions of the lenders the application went to, oldest copy first (call it in the platform scope). */
	public List<StoredDecision> decisions(UUID application) {
		return jdbc.sql("""
				SELECT tenant_id, status, reasons::text AS reasons FROM lending.lender_applications
				WHERE application_id = :application ORDER BY received_at, id""")
			.param("application", application)
			.query((rs, row) -> new StoredDecision(rs.getObject("tenant_id", UUID.class), rs.getString("status"),
					rs.getString("reasons")))
			.list();
	}

	/**
	 * Delivers the application's copies, each into its lender's tenant with the applicant's data; a lender
	 * that already has its copy keeps it unchanged, so delivering again adds nothing (call it in the platform
	 * scope).
	 *
	 * @return how many copies were new
	 */
	public int deliver(StoredApplication application, List<Copy> copies) {
		int delivered = 0;
		for (Copy copy : copies) {
			delivered += jdbc.sql("""
					INSERT INTO lending.lender_applications (tenant_id, id, application_id, product_id, country, currency, amount,
					  term_months, purpose, applicant)
					VALUES (:lender, :id, :application, :product, :country, :currency, :amount, :term, :purpose,
					  CAST(:applicant AS jsonb))
					ON CONFLICT (application_id, tenant_id) DO NOTHING""")
				.param("lender", copy.lender())
				.param("id", copy.id())
				.param("application", application.id())
				.param("product", copy.product())
				.param("country", application.country())
				.param("currency", application.currency().getCurrencyCode())
				.param("amount", application.amount())
				.param("term", application.termMonths())
				.param("purpose", application.purpose())
				.param("applicant", application.applicant())
				.update();
		}
		return delivered;
	}

	/** Declines a submitted application no lender received, for the reasons given as a JSON array. */
	public void declineUndelivered(UUID application, String reasons) {
		jdbc.sql("""
				UPDATE lending.applications SET status = 'declined', reasons = CAST(:reasons AS jsonb), updated_at = now()
				WHERE id = :id AND status = 'submitted'
				  AND NOT EXISTS (SELECT 1 FROM lending.lender_applications WHERE application_id = :id)""")
			.param("id", application)
			.param("reasons", reasons)
			.update();
	}

	private static StoredApplication application(ResultSet rs, int row) throws SQLException {
		return new StoredApplication(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
				rs.getString("channel"), rs.getString("country"), Currency.getInstance(rs.getString("currency")),
				rs.getLong("amount"), rs.getInt("term_months"), rs.getString("purpose"), rs.getString("applicant"),
				rs.getString("status"), rs.getString("reasons"), Optional.ofNullable(rs.getObject("loan_id", UUID.class)),
				rs.getObject("submitted_at", OffsetDateTime.class).toInstant());
	}
}
