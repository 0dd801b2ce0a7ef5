package dev.plaza.lending.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.plaza.lending.application.CloseOfBusiness;
import dev.plaza.lending.persistence.CloseOfBusinessRuns.StoredRun;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lender's close of business: the simulated clock that closes its loans up to a date, and the
 * record of every day closed (by this trigger or by the nightly schedule).
 */
@RestController
@RequestMapping("/api/v1/lending/close-of-business")
class CloseOfBusinessController {

	private static final int DEFAULT_RUNS = 50;

	private static final int MAX_RUNS = 366;

	private final CloseOfBusiness closeOfBusiness;

	CloseOfBusinessController(CloseOfBusiness closeOfBusiness) {
		this.closeOfBusiness = closeOfBusiness;
	}

	/**
	 * Closes the caller's loans one day at a time up to {@code businessDate}, which may lie in the
	 * future (the simulated clock): installments fall due and overdue, late fees are charged, interest
	 * accrues, days past due and arrears buckets move, reminders and {@code loan.*} webhooks go out.
	 * Answers the run of each day closed; when the loans already reached the date there is nothing to
	 * do, and the answer is one run of that date with zero counts. Closing a date again changes nothing.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_lending:write')")
	@ApiResponse(responseCode = "200", description = "The runs of the days closed, earliest first")
	@ApiResponse(responseCode = "400", description = "businessDate is missing, not a date such as 2027-03-01, or more "
			+ "than ten years (3,660 days) past the loans' business date (type validation, naming the field)")
	RunList close(@RequestBody CloseRequest request) {
		LocalDate upTo = businessDate(request.businessDate());
		return new RunList(closeOfBusiness.closeUpTo(caller(), upTo).stream().map(RunView::of).toList(), null);
	}

	/** The caller's close-of-business runs, latest business date first. */
	@GetMapping
	@PreAuthorize("hasAuthority('SCOPE_lending:read')")
	@ApiResponse(responseCode = "200", description = "A page of runs; nextCursor fetches the next page")
	@ApiResponse(responseCode = "400", description = "cursor is not one this API gave, or limit is not between 1 and "
			+ MAX_RUNS + " (type invalid-parameter)")
	RunList list(@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
			@Parameter(description = "runs per page, 1 to " + MAX_RUNS + " (default " + DEFAULT_RUNS + ")")
			@RequestParam(required = false) Integer limit) {
		int size = limit == null ? DEFAULT_RUNS : limit;
		if (size < 1 || size > MAX_RUNS) {
			throw Problem.invalidFields(ProblemType.INVALID_PARAMETER,
					List.of(new FieldError("limit", "must be between 1 and " + MAX_RUNS)));
		}
		List<RunView> runs = closeOfBusiness.runs(caller(), before(cursor), size).stream().map(RunView::of).toList();
		return new RunList(runs, runs.size() == size ? runs.getLast().businessDate().toString() : null);
	}

	private static TenantId caller() {
		return TenantContext.current().orElseThrow(
				() -> new Problem(ProblemType.FORBIDDEN, "This token acts for no lender; use a token of the lender's tenant."));
	}

	private static LocalDate businessDate(String value) {
		if (value == null) {
			throw invalid("businessDate", "must be given: the date to close up to, such as 2027-03-01");
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw invalid("businessDate", "must be a date as YYYY-MM-DD, such as 2027-03-01, got '" + value + "'");
		}
	}

	private static LocalDate before(String cursor) {
		if (cursor == null) {
			return LocalDate.MAX;
		}
		try {
			return LocalDate.parse(cursor);
		}
		catch (DateTimeParseException ex) {
			throw Problem.invalidFields(ProblemType.INVALID_PARAMETER,
					List.of(new FieldError("cursor", "must be the nextCursor of a previous page, such as 2027-03-01")));
		}
	}

	private static Problem invalid(String field, String reason) {
		return Problem.invalidFields(ProblemType.VALIDATION, List.of(new FieldError(field, reason)));
	}

	/** @param businessDate the date to close the loans up to (the lender's local date), such as 2027-03-01 */
	record CloseRequest(@Schema(format = "date", example = "2027-03-01") String businessDate) {
	}

	/** @param nextCursor the cursor of the next page; absent on the last (always absent after a close) */
	record RunList(List<RunView> items, @Schema(nullable = true) String nextCursor) {
	}

	/**
	 * One day's close of business of the lender's loans.
	 *
	 * @param status {@code running} while chunks of the day remain, {@code completed} once every loan reached it
	 * @param loans loans closed for the day
	 * @param installmentsDue installments that fell due
	 * @param installmentsOverdue installments that passed their due date unpaid
	 * @param lateFees late fees charged (one per installment that went overdue, when the product has one)
	 * @param delinquent loans that entered a worse arrears bucket
	 * @param finishedAt absent while running
	 */
	record RunView(LocalDate businessDate, @Schema(allowableValues = { "running", "completed" }) String status, int loans,
			int installmentsDue, int installmentsOverdue, int lateFees, int delinquent, Instant startedAt,
			@Schema(nullable = true) Instant finishedAt) {

		static RunView of(StoredRun run) {
			return new RunView(run.businessDate(), run.status(), run.counts().loans(), run.counts().installmentsDue(),
					run.counts().installmentsOverdue(), run.counts().lateFees(), run.counts().delinquent(), run.startedAt(),
					run.finishedAt());
		}
	}
}
