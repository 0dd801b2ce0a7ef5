package dev.plaza.lending.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.plaza.lending.domain.CreditReport;
import dev.plaza.lending.domain.Reason;
import dev.plaza.lending.persistence.DecisionCopies.ReviewedCopy;
import io.swagger.v3.oas.annotations.media.Schema;

/** The review queue as a lender's operators read it. */
final class ReviewViews {

	private ReviewViews() {
	}

	record ReviewPage(List<ReviewView> items) {
	}

	record ReviewView(UUID id, UUID applicationId, String currency, long amount, int termMonths, String applicantName,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
					description = "the bureau's report; left out when the bureau answered none") CreditReport creditReport,
			List<Reason> reasons, Instant receivedAt) {

		static ReviewView of(ReviewedCopy reviewed) {
			return new ReviewView(reviewed.copy().id(), reviewed.copy().application().value(), reviewed.copy().currency(),
					reviewed.copy().amount(), reviewed.copy().termMonths(),
					reviewed.copy().applicant() == null ? "" : reviewed.copy().applicant().name(), reviewed.creditReport(),
					reviewed.reasons(), reviewed.receivedAt());
		}
	}

	record OfferedView(UUID id, long amount, int termMonths, int annualRateBasisPoints, long installment, long totalCost,
			int aprBasisPoints, String status) {
	}
}
