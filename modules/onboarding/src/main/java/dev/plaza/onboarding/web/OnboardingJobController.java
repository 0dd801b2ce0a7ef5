package dev.plaza.onboarding.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.onboarding.application.JobIntake;
import dev.plaza.onboarding.application.OnboardingJobs;
import dev.plaza.onboarding.domain.ItemState;
import dev.plaza.onboarding.domain.JobMode;
import dev.plaza.onboarding.persistence.StoredItem;
import dev.plaza.onboarding.persistence.StoredJob;
import dev.plaza.onboarding.web.JobViews.ItemPage;
import dev.plaza.onboarding.web.JobViews.ItemView;
import dev.plaza.onboarding.web.JobViews.JobPage;
import dev.plaza.onboarding.web.JobViews.JobView;
import dev.plaza.platform.NewestFirstPage;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Bulk onboarding jobs: the platform operator's, or a partner's (a client holding
 * {@code onboarding:write}), each seeing its own.
 */
@RestController
@RequestMapping("/api/v1/onboarding/jobs")
@PreAuthorize("hasAuthority('SCOPE_platform:admin') or hasAuthority('SCOPE_onboarding:write')")
class OnboardingJobController {

	private static final int DEFAULT_ITEMS = 100;

	private static final int MAX_ITEMS = 1000;

	private final JobIntake intake;

	private final OnboardingJobs jobs;

	private final ProgressStreams streams;

	OnboardingJobController(JobIntake intake, OnboardingJobs jobs, ProgressStreams streams) {
		this.intake = intake;
		this.jobs = jobs;
		this.streams = streams;
	}

	/**
	 * Starts a job with one business per CSV row (RFC 4180, a header naming the columns
	 * {@code legalName,taxId,country,contactEmail,contactName,iban,address} and optionally
	 * {@code externalReference}, in any order) or NDJSON line (objects with the same fields), up to
	 * 1,000,000 rows or 200 MB. A malformed file is refused whole (400 naming the line); a row with bad
	 * values becomes an item that ends {@code invalid}. The job runs in the background: follow it at
	 * {@code Location}. With {@code mode=validate} the job only checks the rows against their countries'
	 * rules — a dry run of the file — and its items end {@code validated} or {@code invalid}.
	 */
	@PostMapping(consumes = { "text/csv", "application/x-ndjson" })
	@RequestBody(content = { @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
			@Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "202")
	ResponseEntity<JobView> upload(HttpServletRequest request, @Parameter(description = "onboard (the default): "
			+ "verify and provision every valid business; validate: only check the rows against the rules",
			schema = @Schema(allowableValues = { "onboard", "validate" })) @RequestParam(required = false) String mode)
			throws IOException {
		StoredJob job = intake.receive(MediaType.parseMediaType(request.getContentType()), mode(mode),
				request.getInputStream());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/onboarding/jobs/" + job.id()))
			.body(JobView.of(jobs.progress(job.id())));
	}

	/** The jobs the caller started (the operator: every job), newest first. */
	@GetMapping
	JobPage list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
		NewestFirstPage page = NewestFirstPage.of(cursor, limit);
		List<JobView> views = jobs.page(page).stream().map(JobView::of).toList();
		return new JobPage(views, views.size() == page.limit() ? NewestFirstPage.after(views.getLast().id()) : null);
	}

	@GetMapping("/{id}")
	JobView get(@PathVariable UUID id) {
		return JobView.of(jobs.progress(id));
	}

	/** The job's items in row order, of one state (such as {@code invalid}, with their reasons) or all. */
	@GetMapping("/{id}/items")
	ItemPage items(@PathVariable UUID id,
			@Parameter(description = "only items in this state") @RequestParam(required = false) String state,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
		Optional<ItemState> only = Optional.ofNullable(state).map(OnboardingJobController::state);
		int size = limit == null ? DEFAULT_ITEMS : limit;
		if (size < 1 || size > MAX_ITEMS) {
			throw invalid("limit", "must be between 1 and " + MAX_ITEMS);
		}
		List<StoredItem> page = jobs.items(id, only, afterRow(cursor), size);
		return new ItemPage(page.stream().map(ItemView::of).toList(),
				page.size() == size ? rowCursor(page.getLast().row()) : null);
	}

	/**
	 * The job's progress as server-sent events: a {@code progress} event with the job's view when it
	 * changes (at most every half second), and a last {@code done} event once it completed or was cancelled.
	 */
	@GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@PathVariable UUID id) {
		jobs.progress(id); // a job the caller cannot see is a 404 before any stream starts
		return streams.follow(id);
	}

	/** Every item as a CSV line: {@code row,taxId,country,state,organizationId,reasons}. */
	@GetMapping(path = "/{id}/results", produces = "text/csv")
	@ApiResponse(responseCode = "200")
	ResponseEntity<StreamingResponseBody> results(@PathVariable UUID id) {
		jobs.progress(id); // a job the caller cannot see is a 404 before any line is written
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"onboarding-" + id + ".csv\"")
			.body(streams.results(id));
	}

	/** Sends the job's failed items back to verification. 409 when the job was cancelled. */
	@PostMapping("/{id}/retry-failed")
	JobView retryFailed(@PathVariable UUID id) {
		return JobView.of(jobs.retryFailed(id));
	}

	/** Stops the job: no more items are claimed; items not yet provisioned stay as they are. Idempotent. */
	@PostMapping("/{id}/cancel")
	JobView cancel(@PathVariable UUID id) {
		return JobView.of(jobs.cancel(id));
	}

	private static JobMode mode(String code) {
		try {
			return code == null ? JobMode.ONBOARD : JobMode.fromCode(code);
		}
		catch (IllegalArgumentException ex) {
			throw invalid("mode", "must be onboard or validate");
		}
	}

	private static ItemState state(String code) {
		try {
			return ItemState.fromCode(code);
		}
		catch (IllegalArgumentException ex) {
			throw invalid("state", "must be one of " + JobViews.stateCodes());
		}
	}

	private static String rowCursor(int row) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("row:" + row).getBytes(StandardCharsets.US_ASCII));
	}

	private static int afterRow(String cursor) {
		if (cursor == null) {
			return 0;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
			if (decoded.startsWith("row:")) {
				return Integer.parseInt(decoded.substring(4));
			}
		}
		catch (IllegalArgumentException malformed) {
			// Answered below like any other string that is not a cursor.
		}
		throw invalid("cursor", "is not a cursor this API gave out; pass the nextCursor of the previous page");
	}

	private static Problem invalid(String parameter, String reason) {
		return new Problem(ProblemType.INVALID_PARAMETER, "Parameter '" + parameter + "' " + reason + ".",
				Map.of("parameter", parameter));
	}
}
