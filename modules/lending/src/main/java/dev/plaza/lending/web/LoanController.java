package dev.plaza.lending.web;

import dev.plaza.lending.LoanId;
import dev.plaza.lending.application.LoanReads;
import dev.plaza.lending.domain.Loan;
import dev.plaza.lending.domain.Payoff;
import dev.plaza.lending.web.LoanViews.LoanPage;
import dev.plaza.lending.web.LoanViews.LoanSummary;
import dev.plaza.lending.web.LoanViews.LoanView;
import dev.plaza.lending.web.LoanViews.PayoffView;
import dev.plaza.platform.NewestFirstPage;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A lender's staff read its loans and quote what pays one off. */
@RestController
@RequestMapping("/api/v1/lending/loans")
class LoanController {

	private final LoanReads reads;

	LoanController(LoanReads reads) {
		this.reads = reads;
	}

	/** The lender's loans, newest first. */
	@GetMapping
	@PreAuthorize("hasAuthority('SCOPE_lending:read')")
	LoanPage list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
		NewestFirstPage page = NewestFirstPage.of(cursor, limit);
		List<Loan> loans = reads.page(page);
		return new LoanPage(loans.stream().map(LoanSummary::of).toList(),
				loans.size() < page.limit() ? null : NewestFirstPage.after(loans.getLast().id().value()));
	}

	/** The loan with its whole schedule (what each installment charges and received) and its repayments. */
	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('SCOPE_lending:read')")
	LoanView get(@PathVariable UUID id) {
		return LoanView.of(reads.get(new LoanId(id)));
	}

	/**
	 * What closes the loan on {@code date} (YYYY-MM-DD, the lender's today when left out): the principal
	 * owed, what is unpaid of installments due by then, and the interest accrued in the running period.
	 */
	@GetMapping("/{id}/payoff")
	@PreAuthorize("hasAuthority('SCOPE_lending:read')")
	@ApiResponse(responseCode = "200", description = "The amount that closes the loan on the date")
	@ApiResponse(responseCode = "422", description = "The date comes before the loan's disbursement (type date-before-disbursement)")
	PayoffView payoff(@PathVariable UUID id, @RequestParam(required = false) String date) {
		Payoff payoff = reads.payoff(new LoanId(id), date == null ? null : parse(date));
		return new PayoffView(payoff.date(), payoff.amount());
	}

	private static LocalDate parse(String date) {
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeParseException malformed) {
			throw new Problem(ProblemType.INVALID_PARAMETER,
					"Parameter 'date' must be a date as YYYY-MM-DD, such as 2027-03-31, or left out for the lender's today.",
					Map.of("parameter", "date"));
		}
	}
}
