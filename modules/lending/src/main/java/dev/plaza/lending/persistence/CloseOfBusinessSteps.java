package dev.plaza.lending.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.plaza.lending.LoanId;
import dev.plaza.platform.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The steps of one day's close of business, each one SQL statement over a chunk of a lender's
 * loans, never a loop over loans in Java. They run in the caller's transaction, in the order of the
 * methods: claim, due, overdue, advance (accrual, days past due, bucket, business date), reminders.
 * A chunk whose transaction does not commit stays at the day before, to be closed again whole.
 */
@Repository
public class CloseOfBusinessSteps {

	private final JdbcClient jdbc;

	CloseOfBusinessSteps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks up to {@code size} of the lender's active loans still at the day before {@code day} whose id
	 * comes after {@code after}, in id order, skipping those another worker holds: two workers never close
	 * the same loan. A worker passes the last id of its previous chunk, so the claim never walks again over
	 * the loans closed before it (the claim index leaves business_date out to keep the loans' updates HOT).
	 */
	public UUID[] claim(TenantId lender, LocalDate day, int size, UUID after) {
		return jdbc.sql("""
				SELECT id FROM lending.loans
				WHERE tenant_id = :lender AND status = 'active' AND id > :after AND business_date = :before
				ORDER BY id LIMIT :size
				FOR UPDATE SKIP LOCKED""")
			.param("lender", lender.value())
			.param("after", after)
			.param("before", day.minusDays(1))
			.param("size", size)
			.query(UUID.class)
			.list()
			.toArray(UUID[]::new);
	}

	/** Whether the lender has active loans before {@code day} that some worker is still closing. */
	public boolean unfinished(TenantId lender, LocalDate day) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM lending.loans
				               WHERE tenant_id = :lender AND status = 'active' AND business_date = :before)""")
			.param("lender", lender.value())
			.param("before", day.minusDays(1))
			.query(Boolean.class)
			.single();
	}

	/** Installments falling due on {@code day} (or before, not yet marked) become {@code due}. */
	public List<DueInstallment> markDue(UUID[] loans, LocalDate day) {
		return jdbc.sql("""
				UPDATE lending.installments i SET status = 'due'
				FROM lending.loans l
				WHERE l.id = i.loan_id AND i.loan_id = ANY(:loans) AND i.status = 'pending' AND i.due_date <= :day
				RETURNING i.loan_id, i.number, i.due_date,
				          i.principal + i.interest + i.fees - i.paid_principal - i.paid_interest - i.paid_fees AS owed,
				          l.currency""")
			.param("loans", loans)
			.param("day", day)
			.query((rs, row) -> new DueInstallment(new LoanId(rs.getObject(1, UUID.class)), rs.getInt(2),
					rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getString(5)))
			.list();
	}

	/**
	 * Installments still unpaid after their due date become {@code overdue}, and those not charged
	 * yet are charged their loan's late fee, once.
	 */
	public List<OverdueInstallment> markOverdue(UUID[] loans, LocalDate day) {
		return jdbc.sql("""
				UPDATE lending.installments i
				SET status = 'overdue',
				    fees = i.fees + CASE WHEN o.late_fee_charged THEN 0 ELSE l.late_fee END,
				    late_fee_charged = true
				FROM lending.loans l,
				     (SELECT loan_id, number, late_fee_charged FROM lending.installments
				      WHERE loan_id = ANY(:loans) AND status = 'due' AND due_date < :day) o
				WHERE l.id = i.loan_id AND o.loan_id = i.loan_id AND o.number = i.number
				RETURNING i.loan_id, i.number, i.due_date,
				          CASE WHEN o.late_fee_charged THEN 0 ELSE l.late_fee END AS late_fee, l.currency""")
			.param("loans", loans)
			.param("day", day)
			.query((rs, row) -> new OverdueInstallment(new LoanId(rs.getObject(1, UUID.class)), rs.getInt(2),
					rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getString(5)))
			.list();
	}

	/**
	 * Moves the loans to {@code day}: the interest earned so far in the current period (the
	 * installment falling due next), recomputed from the schedule rather than added up day by day so it
	 * never drifts, read from the open installments and the one before the next of them (not the paid
	 * history); the days past due of the oldest unpaid installment and their arrears bucket.
	 * Answers the loans whose bucket changed.
	 */
	public List<BucketChange> advance(UUID[] loans, LocalDate day) {
		return jdbc.sql("""
				WITH open AS (
				    SELECT loan_id, number, due_date, interest
				    FROM lending.installments
				    WHERE loan_id = ANY(:loans) AND status <> 'paid'
				), arrears AS (
				    SELECT loan_id, :day - min(due_date) AS days_past_due
				    FROM open WHERE due_date < :day
				    GROUP BY loan_id
				), next_open AS (
				    SELECT DISTINCT ON (loan_id) loan_id, number, due_date, interest
				    FROM open WHERE due_date > :day
				    ORDER BY loan_id, number
				), current_period AS (
				    -- The period runs from the installment before (paid or not) to the next open one; when that
				    -- installment before also falls due after the day, it is the current period, paid ahead.
				    SELECT n.loan_id, n.interest, n.due_date,
				           coalesce(p.due_date, l.disbursed_on) AS starts_on,
				           coalesce(p.due_date > :day, false) AS paid_ahead,
				           l.day_count = '30/360' AND l.repayment_frequency = 'monthly' AS by_30_360
				    FROM next_open n
				    JOIN lending.loans l ON l.id = n.loan_id
				    LEFT JOIN LATERAL (SELECT i.due_date FROM lending.installments i
				                       WHERE i.loan_id = n.loan_id AND i.number < n.number
				                       ORDER BY i.number DESC LIMIT 1) p ON true
				), accrual AS (
				    SELECT loan_id,
				           CASE WHEN paid_ahead OR due_date <= starts_on THEN 0
				                WHEN by_30_360 THEN round(interest * least(greatest(lending.days_30_360(starts_on, :day), 0),
				                                                          lending.days_30_360(starts_on, due_date))::numeric
				                                          / greatest(lending.days_30_360(starts_on, due_date), 1))
				                ELSE round(interest * least(greatest(:day - starts_on, 0), due_date - starts_on)::numeric
				                           / (due_date - starts_on))
				           END::bigint AS accrued_interest
				    FROM current_period
				), previous AS (
				    SELECT id, arrears_bucket FROM lending.loans WHERE id = ANY(:loans)
				), moved AS (
				    UPDATE lending.loans l
				    SET business_date = :day,
				        accrued_interest = coalesce(a.accrued_interest, 0),
				        days_past_due = coalesce(r.days_past_due, 0),
				        arrears_bucket = CASE WHEN coalesce(r.days_past_due, 0) = 0 THEN 'current'
				                              WHEN r.days_past_due <= 30 THEN '1-30'
				                              WHEN r.days_past_due <= 60 THEN '31-60'
				                              WHEN r.days_past_due <= 90 THEN '61-90'
				                              ELSE '90+' END
				    FROM previous p
				    LEFT JOIN arrears r ON r.loan_id = p.id
				    LEFT JOIN accrual a ON a.loan_id = p.id
				    WHERE l.id = p.id
				    RETURNING l.id, l.days_past_due, p.arrears_bucket AS was, l.arrears_bucket AS now
				)
				SELECT id, days_past_due, was, now FROM moved WHERE was <> now""")
			.param("loans", loans)
			.param("day", day)
			.query((rs, row) -> new BucketChange(new LoanId(rs.getObject(1, UUID.class)), rs.getInt(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	/** The pending installments falling due on {@code dueDate}, with their borrowers, to remind. */
	public List<ReminderDue> remindersFor(UUID[] loans, LocalDate dueDate) {
		return jdbc.sql("""
				SELECT i.loan_id, i.number, i.due_date,
				       i.principal + i.interest + i.fees - i.paid_principal - i.paid_interest - i.paid_fees AS owed,
				       l.currency, l.borrower_name, l.borrower_email
				FROM lending.installments i JOIN lending.loans l ON l.id = i.loan_id
				WHERE i.loan_id = ANY(:loans) AND i.status = 'pending' AND i.due_date = :dueDate""")
			.param("loans", loans)
			.param("dueDate", dueDate)
			.query((rs, row) -> new ReminderDue(new LoanId(rs.getObject(1, UUID.class)), rs.getInt(2),
					rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	/** An installment that fell due; {@code owed} is what remains to pay of it. */
	public record DueInstallment(LoanId loan, int number, LocalDate dueDate, long owed, String currency) {
	}

	/** An installment that went overdue; {@code lateFee} is what it was charged now (0 if charged before). */
	public record OverdueInstallment(LoanId loan, int number, LocalDate dueDate, long lateFee, String currency) {
	}

	/** A loan whose arrears bucket changed, by code. */
	public record BucketChange(LoanId loan, int daysPastDue, String was, String now) {
	}

	/** An installment whose borrower is reminded of it. */
	public record ReminderDue(LoanId loan, int number, LocalDate dueDate, long owed, String currency, String borrowerName,
			String borrowerEmail) {
	}
}
