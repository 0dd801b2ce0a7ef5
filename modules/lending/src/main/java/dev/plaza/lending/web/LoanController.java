package dev.plaza.lending.web;

import dev.plaza.lending.LoanId;
import dev.plaza.lending.application.LoanReads;
import dev.plaza.lending.domain.ArrearsBucket;
import dev.plaza.lending.domain.Loan;
import dev.plaza.lending.domain.Payoff;
import dev.plaza.lending.web.LoanViews.LoanPage;
import dev.plaza.lending.web.LoanViews.LoanSummary;
import dev.plaza.lending.web.LoanViews.LoanView;
import dev.plaza.lending.web.LoanViews.PayoffView;
import dev.plaza.platform.NewestFirstPage;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
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

	private static final List<String> STATUSES = List.of("active", "closed");

	private static final List<String> BUCKETS = Arrays.stream(ArrearsBucket.values()).map(ArrearsBucket::code).toList();

	private final LoanReads reads;

	LoanController(LoanReads reads) {
		this.reads = reads;
	}

	/**
	 * The lender's loans, newest first: of the {@code status} and {@code arrearsBucket} when given, and
	 * only those past due (in arrears) with {@code pastDue=true}.
	 */
	@GetMapping
	@PreAuthorize("hasAuthority('SCOPE_lending:read')")
	@ApiResponse(responseCode = "200")
	@ApiResponse(responseCode = "400", description = "A filter names no status or bucket (type invalid-parameter)")
	LoanPage list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
			@Parameter(description = "active or closed", schema = @Schema(allowableValues = { "active", "closed" }))
			@RequestParam(required = false) String status,
			@Parameter(description = "current, 1-30, 31-60, 61-90 or 90+ (days past due)",
					schema = @Schema(allowableValues = { "current", "1-30", "31-60", "61-90", "90+" }))
			@RequestParam(required = false) String arrearsBucket,
			@Parameter(description = "true: only loans past due, as the last close of business found them")
			@RequestParam(defaultValue = "false") boolean pastDue) {
		refuseUnless("status", status, STATUSES);
		refuseUnless("arrearsBucket", arrearsBucket, BUCKETS);
		NewestFirstPage page = NewestFirstPage.of(cursor, limit);
		List<Loan> loans = reads.page(page, status, arrearsBucket, pastDue);
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

	private static void refuseUnless(String parameter, String value, List<String> known) {
		if (value != null && !known.contains(value)) {
			throw new Problem(ProblemType.INVALID_PARAMETER, "Parameter '" + parameter + "' must be one of "
					+ String.join(", ", known) + ", or left out for any.", Map.of("parameter", parameter));
		}
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
