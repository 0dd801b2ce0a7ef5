package dev.plaza.lending;

import java.time.LocalDate;
import java.util.UUID;

import dev.plaza.lending.domain.Amortization;
import dev.plaza.lending.domain.DayCount;
import dev.plaza.lending.domain.Installment;
import dev.plaza.lending.domain.LoanTerms;
import dev.plaza.lending.domain.RepaymentFrequency;
import dev.plaza.lending.domain.Schedule;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts a disbursed loan and its schedule on a lender's book the way the loan book stores one (rows of
 * {@code lending.loans} and {@code lending.installments}), so the close of business can be tested on
 * its own: declining balance, 30/360, monthly, a late fee.
 */
final class LoansOnTheBook {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	LoansOnTheBook(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** A loan of {@code terms}, disbursed on {@code terms.start()} in EUR, at that business date; answers its id and schedule. */
	Loan open(UUID lender, LoanTerms terms, long lateFee, String borrowerEmail) {
		UUID product = UUID.randomUUID();
		UUID loan = UUID.randomUUID();
		Schedule schedule = Schedule.of(terms);
		TenantContext.callAs(TenantId.PLATFORM, () -> transactions.execute(status -> {
			jdbc.sql("""
					INSERT INTO lending.products (tenant_id, id, code, name, country, currency, min_amount, max_amount,
					    terms_months, annual_rate_basis_points, amortization, day_count, repayment_frequency, late_fee)
					VALUES (:lender, :id, :code, 'Personal loan', 'ES', 'EUR', 100000, 5000000, :terms, :rate, :amortization,
					    :dayCount, :frequency, :lateFee)""")
				.param("lender", lender).param("id", product).param("code", "p-" + product)
				.param("terms", new Integer[] { terms.termMonths() }).param("rate", terms.annualRateBasisPoints())
				.param("amortization", terms.amortization().code()).param("dayCount", terms.dayCount().code())
				.param("frequency", terms.frequency().code()).param("lateFee", lateFee)
				.update();
			jdbc.sql("""
					INSERT INTO lending.loans (tenant_id, id, offer_id, application_id, product_id, borrower_name, borrower_email,
					    currency, principal, annual_rate_basis_points, amortization, day_count, repayment_frequency, term_months,
					    late_fee, time_zone, disbursed_on, outstanding_principal, business_date)
					VALUES (:lender, :id, :offer, :application, :product, 'Ana García', :email, 'EUR', :amount, :rate,
					    :amortization, :dayCount, :frequency, :term, :lateFee, 'Europe/Madrid', :start, :amount, :start)""")
				.param("lender", lender).param("id", loan).param("offer", UUID.randomUUID())
				.param("application", UUID.randomUUID()).param("product", product).param("email", borrowerEmail)
				.param("amount", terms.amount()).param("rate", terms.annualRateBasisPoints())
				.param("amortization", terms.amortization().code()).param("dayCount", terms.dayCount().code())
				.param("frequency", terms.frequency().code()).param("term", terms.termMonths()).param("lateFee", lateFee)
				.param("start", terms.start())
				.update();
			for (Installment installment : schedule.installments()) {
				jdbc.sql("""
						INSERT INTO lending.installments (tenant_id, loan_id, number, due_date, principal, interest)
						VALUES (:lender, :loan, :number, :dueDate, :principal, :interest)""")
					.param("lender", lender).param("loan", loan).param("number", installment.number())
					.param("dueDate", installment.dueDate()).param("principal", installment.principal())
					.param("interest", installment.interest())
					.update();
			}
			return null;
		}));
		return new Loan(loan, schedule);
	}

	/** The loan as the close of business left it. */
	LoanState state(UUID loan) {
		return TenantContext.callAs(TenantId.PLATFORM, () -> transactions.execute(status -> jdbc.sql("""
				SELECT business_date, accrued_interest, days_past_due, arrears_bucket FROM lending.loans WHERE id = :id""")
			.param("id", loan)
			.query((rs, row) -> new LoanState(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getInt(3), rs.getString(4)))
			.single()));
	}

	/** Installment {@code number}'s status and fees. */
	InstallmentState installment(UUID loan, int number) {
		return TenantContext.callAs(TenantId.PLATFORM, () -> transactions.execute(status -> jdbc.sql("""
				SELECT status, fees FROM lending.installments WHERE loan_id = :id AND number = :number""")
			.param("id", loan)
			.param("number", number)
			.query((rs, row) -> new InstallmentState(rs.getString(1), rs.getLong(2)))
			.single()));
	}

	static LoanTerms monthly(long amount, int rateBasisPoints, int months, LocalDate disbursedOn) {
		return new LoanTerms(amount, rateBasisPoints, months, Amortization.DECLINING_BALANCE, DayCount.THIRTY_360,
				RepaymentFrequency.MONTHLY, 0, disbursedOn);
	}

	record Loan(UUID id, Schedule schedule) {
	}

	record LoanState(LocalDate businessDate, long accruedInterest, int daysPastDue, String bucket) {
	}

	record InstallmentState(String status, long fees) {
	}
}
