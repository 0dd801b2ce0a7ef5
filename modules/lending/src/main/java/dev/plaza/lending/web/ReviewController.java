package dev.plaza.lending.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.plaza.lending.application.ReviewQueue;
import dev.plaza.lending.application.ReviewQueue.ChangedTerms;
import dev.plaza.lending.domain.OfferTerms;
import dev.plaza.lending.domain.Reason;
import dev.plaza.lending.web.ReviewViews.OfferedView;
import dev.plaza.lending.web.ReviewViews.ReviewPage;
import dev.plaza.lending.web.ReviewViews.ReviewView;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lender's manual review queue: applications a rule or the credit bureau left for a person.
 * Who decided is recorded (the token's subject).
 */
@RestController
@RequestMapping("/api/v1/lending/reviews")
class ReviewController {

	private static final int MAX_LIMIT = 500;

	private final ReviewQueue queue;

	ReviewController(ReviewQueue queue) {
		this.queue = queue;
	}

	/** The lender's copies awaiting a person, oldest first, with the bureau's report and what made them doubtful. */
	@GetMapping
	@PreAuthorize("hasAuthority('SCOPE_lending:read')")
	ReviewPage list(@RequestParam(required = false) Integer limit) {
		int size = limit == null ? 100 : limit;
		if (size < 1 || size > MAX_LIMIT) {
			Problem.refuseIfAny(List.of(new FieldError("limit", "must be between 1 and " + MAX_LIMIT)));
		}
		return new ReviewPage(queue.pending(size).stream().map(ReviewView::of).toList());
	}

	/**
	 * Approves the application with an offer: on the product's terms at the amount and term applied for,
	 * or on changed ones (each field optional) within the product and the country's lending caps.
	 */
	@PostMapping(path = "/{id}/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_lending:write')")
	@ApiResponse(responseCode = "200")
	@ApiResponse(responseCode = "409", description = "review-already-decided: the application is not in manual review")
	@ApiResponse(responseCode = "422", description = "review-terms-out-of-bounds: a changed term breaks the product's "
			+ "or the country's bounds (the problem names the field)")
	OfferedView approve(@PathVariable UUID id, @RequestBody(required = false) ApproveRequest request, Principal caller) {
		ApproveRequest terms = request == null ? new ApproveRequest(null, null, null) : request;
		terms.validate();
		OfferTerms offer = queue.approve(id, new ChangedTerms(terms.amount(), terms.termMonths(),
				terms.annualRateBasisPoints()), caller.getName());
		return new OfferedView(id, offer.terms().amount(), offer.terms().termMonths(), offer.terms().annualRateBasisPoints(),
				offer.installment(), offer.totalCost(), offer.aprBasisPoints(), "approved");
	}

	/** Declines the application with reasons the applicant is told. */
	@PostMapping(path = "/{id}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_lending:write')")
	@ApiResponse(responseCode = "200")
	@ApiResponse(responseCode = "409", description = "review-already-decided: the application is not in manual review")
	ReviewDecision decline(@PathVariable UUID id, @RequestBody DeclineRequest request, Principal caller) {
		List<Reason> reasons = request.validated();
		queue.decline(id, reasons, caller.getName());
		return new ReviewDecision(id, "declined", reasons);
	}

	record ReviewDecision(UUID id, String status, List<Reason> reasons) {
	}

	record ApproveRequest(Long amount, Integer termMonths, Integer annualRateBasisPoints) {

		void validate() {
			List<FieldError> errors = new ArrayList<>();
			if (amount != null && amount < 1) {
				errors.add(new FieldError("amount", "must be a positive whole number of minor units, or left out"));
			}
			if (termMonths != null && termMonths < 1) {
				errors.add(new FieldError("termMonths", "must be a positive number of months, or left out"));
			}
			if (annualRateBasisPoints != null && annualRateBasisPoints < 0) {
				errors.add(new FieldError("annualRateBasisPoints", "must be 0 or more basis points, or left out"));
			}
			Problem.refuseIfAny(errors);
		}
	}

	record DeclineRequest(List<ReasonRequest> reasons) {

		List<Reason> validated() {
			List<FieldError> errors = new ArrayList<>();
			if (reasons == null || reasons.isEmpty() || reasons.size() > 20) {
				errors.add(new FieldError("reasons", "must list 1 to 20 reasons, such as [{\"code\": \"income_unverified\", "
						+ "\"message\": \"We could not verify your income.\"}]"));
			}
			else {
				for (int i = 0; i < reasons.size(); i++) {
					ReasonRequest reason = reasons.get(i);
					if (reason == null || reason.code() == null || !reason.code().matches("[a-z][a-z0-9_]{0,63}")) {
						errors.add(new FieldError("reasons[" + i + "].code", "must be 1 to 64 lowercase letters, digits or "
								+ "underscores, starting with a letter, such as income_unverified"));
					}
					if (reason == null || reason.message() == null || reason.message().isBlank()
							|| reason.message().length() > 500) {
						errors.add(new FieldError("reasons[" + i + "].message", "must tell the applicant why in 1 to 500 characters"));
					}
				}
			}
			Problem.refuseIfAny(errors);
			return reasons.stream().map(reason -> new Reason(reason.code(), reason.message())).toList();
		}
	}

	record ReasonRequest(String code, String message) {
	}
}
