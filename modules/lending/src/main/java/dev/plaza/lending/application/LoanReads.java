package dev.plaza.lending.application;

import dev.plaza.lending.LoanId;
import dev.plaza.lending.OpenedLoan;
import dev.plaza.lending.domain.Loan;
import dev.plaza.lending.domain.LoanInstallment;
import dev.plaza.lending.domain.LoanRepayment;
import dev.plaza.lending.domain.Payoff;
import dev.plaza.lending.domain.Repayment;
import dev.plaza.lending.persistence.Loans;
import dev.plaza.lending.persistence.Repayments;
import dev.plaza.platform.NewestFirstPage;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.tenancy.Tenant;
import dev.plaza.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lender's loans as its staff and the statement read them. */
@Service
@Transactional(readOnly = true)
public class LoanReads {

	private final Loans loans;

	private final Repayments repayments;

	private final TenantDirectory tenants;

	private final Clock clock;

	LoanReads(Loans loans, Repayments repayments, TenantDirectory tenants) {
		this.loans = loans;
		this.repayments = repayments;
		this.tenants = tenants;
		this.clock = Clock.systemUTC();
	}

	/** A loan with its whole schedule and its repayments, oldest first. */
	public record LoanDetails(Loan loan, List<LoanInstallment> schedule, List<Repayment> repayments) {
	}

	public LoanDetails get(LoanId id) {
		Loan loan = loans.find(id).orElseThrow(() -> Problem.notFound("loan", id));
		return new LoanDetails(loan, loans.schedule(id), repayments.of(id));
	}

	/** The loan as its borrower is told it was opened: its first installment. */
	public OpenedLoan opened(LoanId id) {
		Loan loan = loans.find(id).orElseThrow(() -> Problem.notFound("loan", id));
		LoanInstallment first = loans.schedule(id).getFirst();
		return new OpenedLoan(id.value(), loan.currency().getCurrencyCode(), loan.principal(), loan.termMonths(),
				first.dueDate(), first.total());
	}

	/** A page of the lender's loans, newest first, filtered as {@link Loans#page} says. */
	public List<Loan> page(NewestFirstPage page, String status, String arrearsBucket, boolean pastDue) {
		return loans.page(page, status, arrearsBucket, pastDue);
	}

	/**
	 * A loan's statement as of the lender's today.
	 *
	 * @param lender the lender's name
	 * @param payoff what would close the loan today; 0 once closed
	 */
	public record Statement(LoanDetails details, String lender, LocalDate on, long payoff) {
	}

	public Statement statement(LoanId id) {
		LoanDetails details = get(id);
		Loan loan = details.loan();
		LocalDate today = loan.today(clock.instant());
		LocalDate on = today.isBefore(loan.disbursedOn()) ? loan.disbursedOn() : today;
		String lender = TenantContext.current().flatMap(tenants::find).map(Tenant::organizationName).orElse("");
		return new Statement(details, lender, on, LoanRepayment.payoff(loan, loans.openInstallments(id), on).amount());
	}

	/**
	 * What closes the loan on {@code date} (the lender's today when null).
	 *
	 * @throws Problem 422 for a date before the disbursement
	 */
	public Payoff payoff(LoanId id, LocalDate date) {
		Loan loan = loans.find(id).orElseThrow(() -> Problem.notFound("loan", id));
		LocalDate on = date == null ? loan.today(clock.instant()) : date;
		LoanRepaying.refuseBeforeDisbursement(loan, on, "date");
		return LoanRepayment.payoff(loan, loans.openInstallments(id), on);
	}
}
