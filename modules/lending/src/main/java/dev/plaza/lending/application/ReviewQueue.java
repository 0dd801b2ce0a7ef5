package dev.plaza.lending.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.plaza.lending.domain.Decision;
import dev.plaza.lending.domain.OfferTerms;
import dev.plaza.lending.domain.Reason;
import dev.plaza.lending.persistence.DecisionCopies;
import dev.plaza.lending.persistence.DecisionCopies.ReviewedCopy;
import dev.plaza.lending.persistence.DecisionCopy;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.rules.Configurations;
import dev.plaza.rules.CountryConfiguration;
import org.springframework.stereotype.Service;

/**
 * The lender's manual review queue: copies a rule or the bureau left to a person, whom the operator
 * approves (on the product's terms or changed ones within the product and the country's caps) or
 * declines with reasons the applicant is told.
 */
@Service
public class ReviewQueue {

	private final DecisionCopies copies;

	private final Decisions decisions;

	private final DecisionScopes scopes;

	private final Configurations configurations;

	ReviewQueue(DecisionCopies copies, Decisions decisions, DecisionScopes scopes, Configurations configurations) {
		this.copies = copies;
		this.decisions = decisions;
		this.scopes = scopes;
		this.configurations = configurations;
	}

	/** Terms an operator changes on approval; each {@code null} keeps what the applicant asked and the product says. */
	public record ChangedTerms(Long amount, Integer termMonths, Integer annualRateBasisPoints) {
	}

	/** The current lender's copies awaiting a person, oldest first. */
	public List<ReviewedCopy> pending(int limit) {
		TenantId lender = lender();
		return scopes.as(lender, () -> copies.inReview(limit));
	}

	/** Approves the copy with an offer on those terms; answers the offer's terms. */
	public OfferTerms approve(UUID id, ChangedTerms changes, String decidedBy) {
		TenantId lender = lender();
		CountryConfiguration configuration = configurations.tenant();
		LocalDate today = LocalDate.now(configuration.timeZone());
		return scopes.inPlatform(() -> {
			ReviewedCopy reviewed = pendingCopy(id, lender);
			DecisionCopy copy = reviewed.copy();
			long amount = changes.amount() == null ? copy.amount() : changes.amount();
			int term = changes.termMonths() == null ? copy.termMonths() : changes.termMonths();
			int rate = changes.annualRateBasisPoints() == null ? copy.product().annualRateBasisPoints()
					: changes.annualRateBasisPoints();
			OfferTerms offer = withinBounds(copy.product(), configuration.lending(), amount, term, rate, today);
			decisions.record(new DecisionCopy(copy.id(), copy.lender(), copy.application(), copy.country(), copy.currency(),
					amount, term, copy.purpose(), copy.applicant(), copy.attempts(), null, copy.product()),
					null, new Decision.Approved(), null, offer, copy.attempts(), decidedBy);
			return offer;
		});
	}

	/** Declines the copy with the reasons the applicant is told. */
	public void decline(UUID id, List<Reason> reasons, String decidedBy) {
		TenantId lender = lender();
		scopes.inPlatform(() -> {
			ReviewedCopy reviewed = pendingCopy(id, lender);
			return decisions.record(reviewed.copy(), null, new Decision.Declined(reasons), null, null,
					reviewed.copy().attempts(), decidedBy);
		});
	}

	private ReviewedCopy pendingCopy(UUID id, TenantId lender) {
		ReviewedCopy reviewed = copies.lock(id)
			.filter(found -> found.copy().lender().equals(lender))
			.orElseThrow(() -> Problem.notFound("application in review", id));
		if (!"manual_review".equals(reviewed.status())) {
			throw new Problem(DecisionProblems.REVIEW_ALREADY_DECIDED, "The application " + id + " is "
					+ reviewed.status() + ", not in manual review: it was decided already.");
		}
		return reviewed;
	}

	/** The offer on those terms, or a refusal naming every bound they break. */
	private static OfferTerms withinBounds(DecisionCopy.Product product, CountryConfiguration.Lending caps, long amount,
			int term, int rate, LocalDate today) {
		List<FieldError> errors = new ArrayList<>();
		long min = Math.max(product.minAmount(), caps.minAmount());
		long max = Math.min(product.maxAmount(), caps.maxAmount());
		if (amount < min || amount > max) {
			errors.add(new FieldError("amount", "must be between " + min + " and " + max
					+ " (minor units), the product's and the country's bounds"));
		}
		if (!product.termsMonths().contains(term) || term > caps.maxTermMonths()) {
			errors.add(new FieldError("termMonths", "must be one of the product's terms " + product.termsMonths()
					+ " and at most the country's " + caps.maxTermMonths()));
		}
		if (rate < 0 || rate > caps.maxAnnualRateBasisPoints()) {
			errors.add(new FieldError("annualRateBasisPoints", "must be between 0 and the country's cap of "
					+ caps.maxAnnualRateBasisPoints()));
		}
		if (!errors.isEmpty()) {
			throw Problem.invalidFields(DecisionProblems.REVIEW_TERMS_OUT_OF_BOUNDS, errors);
		}
		OfferTerms offer;
		try {
			offer = OfferTerms.of(product.terms(amount, term, rate, today), product.originationFeeBasisPoints());
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalidFields(DecisionProblems.REVIEW_TERMS_OUT_OF_BOUNDS,
					List.of(new FieldError("termMonths", "leaves no installment after the product's grace: " + ex.getMessage())));
		}
		if (offer.aprBasisPoints() > caps.maxAprBasisPoints()) {
			throw Problem.invalidFields(DecisionProblems.REVIEW_TERMS_OUT_OF_BOUNDS, List.of(new FieldError(
					"annualRateBasisPoints", "gives an APR of " + offer.aprBasisPoints() + " basis points, over the country's cap of "
							+ caps.maxAprBasisPoints() + "; lower the rate")));
		}
		return offer;
	}

	private static TenantId lender() {
		return TenantContext.current().orElseThrow(() -> new IllegalStateException("A review acts for a lender"));
	}
}
