package dev.plaza.lending.persistence;

import dev.plaza.lending.LoanId;
import dev.plaza.lending.LoanProductId;
import dev.plaza.lending.OfferId;
import dev.plaza.lending.domain.AcceptedOffer;
import dev.plaza.lending.domain.Amortization;
import dev.plaza.lending.domain.DayCount;
import dev.plaza.lending.domain.Installment;
import dev.plaza.lending.domain.Loan;
import dev.plaza.lending.domain.LoanInstallment;
import dev.plaza.lending.domain.RepaymentFrequency;
import dev.plaza.platform.NewestFirstPage;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current lender's loans and their installments. */
@Repository
public class Loans {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Loans(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Stores the loan of the offer with its schedule, unless the offer has a loan already; answers the
	 * offer's loan either way.
	 */
	public Loan open(LoanId id, AcceptedOffer offer, ZoneId timeZone, List<Installment> schedule) {
		int inserted = jdbc.sql("""
				INSERT INTO lending.loans (tenant_id, id, offer_id, application_id, product_id, borrower_name, borrower_email,
				    currency, principal, origination_fee, annual_rate_basis_points, amortization, day_count, repayment_frequency,
				    term_months, grace_months, late_fee, time_zone, disbursed_on, outstanding_principal, business_date)
				VALUES (platform.current_tenant(), :id, :offer, :application, :product, :borrowerName, :borrowerEmail,
				    :currency, :principal, :fee, :rate, :amortization, :dayCount, :frequency,
				    :termMonths, :graceMonths, :lateFee, :timeZone, :start, :principal, :start)
				ON CONFLICT (offer_id) DO NOTHING""")
			.param("id", id.value())
			.param("offer", offer.offer().value())
			.param("application", offer.application().value())
			.param("product", offer.product().value())
			.param("borrowerName", offer.borrowerName())
			.param("borrowerEmail", offer.borrowerEmail())
			.param("currency", offer.currency().getCurrencyCode())
			.param("principal", offer.terms().amount())
			.param("fee", offer.originationFee())
			.param("rate", offer.terms().annualRateBasisPoints())
			.param("amortization", offer.terms().amortization().code())
			.param("dayCount", offer.terms().dayCount().code())
			.param("frequency", offer.terms().frequency().code())
			.param("termMonths", offer.terms().termMonths())
			.param("graceMonths", offer.terms().graceMonths())
			.param("lateFee", offer.lateFee())
			.param("timeZone", timeZone.getId())
			.param("start", Date.valueOf(offer.terms().start()))
			.update();
		if (inserted == 1) {
			insertInstallments(id, schedule);
		}
		return jdbc.sql("SELECT * FROM lending.loans WHERE offer_id = :offer")
			.param("offer", offer.offer().value())
			.query(Loans::loan)
			.single();
	}

	private void insertInstallments(LoanId loan, List<Installment> schedule) {
		template.execute((ConnectionCallback<Integer>) connection -> {
			try (var insert = connection.prepareStatement("""
					INSERT INTO lending.installments (tenant_id, loan_id, number, due_date, principal, interest, fees)
					SELECT platform.current_tenant(), ?, s.number, s.due_date, s.principal, s.interest, s.fees
					FROM unnest(?::int[], ?::date[], ?::bigint[], ?::bigint[], ?::bigint[]) AS s (number, due_date, principal, interest, fees)""")) {
				insert.setObject(1, loan.value());
				insert.setArray(2, connection.createArrayOf("int4", column(schedule, Installment::number)));
				insert.setArray(3, connection.createArrayOf("date", column(schedule, installment -> Date.valueOf(installment.dueDate()))));
				insert.setArray(4, connection.createArrayOf("int8", column(schedule, Installment::principal)));
				insert.setArray(5, connection.createArrayOf("int8", column(schedule, Installment::interest)));
				insert.setArray(6, connection.createArrayOf("int8", column(schedule, Installment::fees)));
				return insert.executeUpdate();
			}
		});
	}

	public Optional<Loan> find(LoanId id) {
		return jdbc.sql("SELECT * FROM lending.loans WHERE id = :id").param("id", id.value()).query(Loans::loan).optional();
	}

	/** Reads the loan and keeps any other repayment or close of business off it until this transaction ends. */
	public Optional<Loan> lock(LoanId id) {
		return jdbc.sql("SELECT * FROM lending.loans WHERE id = :id FOR UPDATE")
			.param("id", id.value())
			.query(Loans::loan)
			.optional();
	}

	/**
	 * The lender's loans, newest first: of the status and arrears bucket when given (null: any), and only
	 * those past due when {@code pastDue}.
	 */
	public List<Loan> page(NewestFirstPage page, String status, String arrearsBucket, boolean pastDue) {
		return jdbc.sql("""
				SELECT * FROM lending.loans
				WHERE id < :before
				  AND (CAST(:status AS text) IS NULL OR status = :status)
				  AND (CAST(:bucket AS text) IS NULL OR arrears_bucket = :bucket)
				  AND (NOT :pastDue OR days_past_due > 0)
				ORDER BY id DESC LIMIT :limit""")
			.param("before", page.before())
			.param("status", status)
			.param("bucket", arrearsBucket)
			.param("pastDue", pastDue)
			.param("limit", page.limit())
			.query(Loans::loan)
			.list();
	}

	/** The whole schedule, for reading. */
	public List<LoanInstallment> schedule(LoanId loan) {
		return jdbc.sql("SELECT * FROM lending.installments WHERE loan_id = :loan ORDER BY number")
			.param("loan", loan.value())
			.query(Loans::installment)
			.list();
	}

	/** Only the installments not paid in full, oldest first: never the paid history. */
	public List<LoanInstallment> openInstallments(LoanId loan) {
		return jdbc.sql("SELECT * FROM lending.installments WHERE loan_id = :loan AND status <> 'paid' ORDER BY number")
			.param("loan", loan.value())
			.query(Loans::installment)
			.list();
	}

	/** Writes the changed installments in one statement. */
	public void updateInstallments(LoanId loan, List<LoanInstallment> changed) {
		if (changed.isEmpty()) {
			return;
		}
		template.execute((ConnectionCallback<Integer>) connection -> {
			try (var update = connection.prepareStatement("""
					UPDATE lending.installments i
					SET principal = c.principal, interest = c.interest, paid_principal = c.paid_principal,
					    paid_interest = c.paid_interest, paid_fees = c.paid_fees, status = c.status, paid_on = c.paid_on
					FROM unnest(?::int[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::date[])
					     AS c (number, principal, interest, paid_principal, paid_interest, paid_fees, status, paid_on)
					WHERE i.loan_id = ? AND i.number = c.number""")) {
				update.setArray(1, connection.createArrayOf("int4", column(changed, LoanInstallment::number)));
				update.setArray(2, connection.createArrayOf("int8", column(changed, LoanInstallment::principal)));
				update.setArray(3, connection.createArrayOf("int8", column(changed, LoanInstallment::interest)));
				update.setArray(4, connection.createArrayOf("int8", column(changed, LoanInstallment::paidPrincipal)));
				update.setArray(5, connection.createArrayOf("int8", column(changed, LoanInstallment::paidInterest)));
				update.setArray(6, connection.createArrayOf("int8", column(changed, LoanInstallment::paidFees)));
				update.setArray(7, connection.createArrayOf("text", column(changed, LoanInstallment::status)));
				update.setArray(8, connection.createArrayOf("date",
						column(changed, installment -> installment.paidOn() == null ? null : Date.valueOf(installment.paidOn()))));
				update.setObject(9, loan.value());
				return update.executeUpdate();
			}
		});
	}

	/** Removes installments a prepayment paid off ahead of time: the term got shorter. */
	public void dropInstallments(LoanId loan, List<Integer> numbers) {
		if (numbers.isEmpty()) {
			return;
		}
		jdbc.sql("DELETE FROM lending.installments WHERE loan_id = :loan AND number IN (:numbers) AND status = 'pending'")
			.param("loan", loan.value())
			.param("numbers", numbers)
			.update();
	}

	/** The loan's balances after a repayment; a loan with nothing left to pay is closed. */
	public void repaid(LoanId loan, long outstandingPrincipal, int daysPastDue, String arrearsBucket, boolean closed) {
		jdbc.sql("""
				UPDATE lending.loans SET outstanding_principal = :outstanding, days_past_due = :daysPastDue,
				    arrears_bucket = :bucket, status = CASE WHEN :closed THEN 'closed' ELSE status END,
				    closed_at = CASE WHEN :closed THEN now() ELSE closed_at END,
				    accrued_interest = CASE WHEN :closed THEN 0 ELSE accrued_interest END
				WHERE id = :id""")
			.param("id", loan.value())
			.param("outstanding", outstandingPrincipal)
			.param("daysPastDue", daysPastDue)
			.param("bucket", arrearsBucket)
			.param("closed", closed)
			.update();
	}

	private static <T> Object[] column(List<T> rows, Function<T, Object> value) {
		return rows.stream().map(value).toArray();
	}

	static Loan loan(ResultSet rs, int row) throws SQLException {
		OffsetDateTime closedAt = rs.getObject("closed_at", OffsetDateTime.class);
		return new Loan(new LoanId(rs.getObject("id", UUID.class)), new OfferId(rs.getObject("offer_id", UUID.class)),
				new LoanProductId(rs.getObject("product_id", UUID.class)), rs.getString("borrower_name"),
				rs.getString("borrower_email"), Currency.getInstance(rs.getString("currency")), rs.getLong("principal"),
				rs.getLong("origination_fee"), rs.getInt("annual_rate_basis_points"),
				byCode(Amortization.values(), Amortization::code, rs.getString("amortization")),
				byCode(DayCount.values(), DayCount::code, rs.getString("day_count")),
				byCode(RepaymentFrequency.values(), RepaymentFrequency::code, rs.getString("repayment_frequency")),
				rs.getInt("term_months"), rs.getInt("grace_months"), rs.getLong("late_fee"), ZoneId.of(rs.getString("time_zone")),
				rs.getObject("disbursed_on", LocalDate.class), rs.getString("status"), rs.getLong("outstanding_principal"),
				rs.getLong("accrued_interest"), rs.getInt("days_past_due"), rs.getString("arrears_bucket"),
				rs.getObject("business_date", LocalDate.class), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				closedAt == null ? null : closedAt.toInstant());
	}

	private static LoanInstallment installment(ResultSet rs, int row) throws SQLException {
		return new LoanInstallment(rs.getInt("number"), rs.getObject("due_date", LocalDate.class), rs.getLong("principal"),
				rs.getLong("interest"), rs.getLong("fees"), rs.getLong("paid_principal"), rs.getLong("paid_interest"),
				rs.getLong("paid_fees"), rs.getString("status"), rs.getObject("paid_on", LocalDate.class));
	}

	private static <E> E byCode(E[] values, Function<E, String> code, String stored) {
		return Arrays.stream(values)
			.filter(value -> code.apply(value).equals(stored))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Unknown stored code " + stored));
	}
}
