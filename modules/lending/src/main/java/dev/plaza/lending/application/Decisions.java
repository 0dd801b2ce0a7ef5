package dev.plaza.lending.application;

import java.time.Instant;
import java.util.List;

import dev.plaza.lending.OfferId;
import dev.plaza.lending.application.Underwriting.Verdict;
import dev.plaza.lending.domain.CreditReport;
import dev.plaza.lending.domain.Decision;
import dev.plaza.lending.domain.OfferTerms;
import dev.plaza.lending.domain.Reason;
import dev.plaza.lending.persistence.ApplicationStandings;
import dev.plaza.lending.persistence.DecisionCopies;
import dev.plaza.lending.persistence.DecisionCopy;
import dev.plaza.lending.persistence.Offers;
import dev.plaza.lending.persistence.StoredOffer;
import dev.plaza.platform.Ids;
import dev.plaza.platform.TenantContext;
import org.springframework.stereotype.Service;

/**
 * Decides lenders' copies and records what was decided: approved with an offer, declined (the
 * applicant's personal data dropped, the reasons kept), or waiting for a person. The application is
 * offered at its first offer and declined once every lender declined it.
 */
@Service
public class Decisions {

	private final Underwriting underwriting;

	private final DecisionCopies copies;

	private final Offers offers;

	private final ApplicationStandings applications;

	private final DecisionScopes scopes;

	private final DecisionProperties properties;

	Decisions(Underwriting underwriting, DecisionCopies copies, Offers offers, ApplicationStandings applications,
			DecisionScopes scopes, DecisionProperties properties) {
		this.underwriting = underwriting;
		this.copies = copies;
		this.offers = offers;
		this.applications = applications;
		this.scopes = scopes;
		this.properties = properties;
	}

	/** Claims copies that await a decision, in the platform scope: every lender's. */
	public List<DecisionCopy> claim(int max) {
		return scopes.inPlatform(() -> copies.claim(max, properties.lease()));
	}

	/** Decides one claimed copy in its lender's scope and records the outcome, unless the claim was lost meanwhile. */
	public void decide(DecisionCopy copy) {
		Verdict verdict = TenantContext.callAs(copy.lender(), () -> underwriting.judge(copy));
		scopes.inPlatform(() -> switch (verdict) {
			case Verdict.AskAgain again -> copies.defer(copy, copy.attempts() + 1, again.at());
			case Verdict.Decided decided -> record(copy, copy.lease(), decided.decision(), decided.report(),
					decided.offer(), copy.attempts() + 1, null);
		});
	}

	/**
	 * Records a decision on a copy, the worker's ({@code lease} given) or an operator's; false when the
	 * copy was no longer in a state to take it. Call in the platform scope.
	 */
	boolean record(DecisionCopy copy, Instant lease, Decision decision, CreditReport report, OfferTerms offer,
			int attempts, String decidedBy) {
		String status = switch (decision) {
			case Decision.Approved approved -> "approved";
			case Decision.Declined declined -> "declined";
			case Decision.ManualReview review -> "manual_review";
		};
		List<Reason> reasons = switch (decision) {
			case Decision.Approved approved -> List.of();
			case Decision.Declined declined -> declined.reasons();
			case Decision.ManualReview review -> review.reasons();
		};
		if (!copies.settle(copy.id(), lease, status, reasons, report, attempts, decidedBy)) {
			return false;
		}
		switch (decision) {
			case Decision.Approved approved -> {
				offers.add(offer(copy, offer));
				applications.offered(copy.application());
			}
			case Decision.Declined declined -> applications.declineIfEveryCopyDeclined(copy.application());
			case Decision.ManualReview review -> {
			}
		}
		return true;
	}

	private static StoredOffer offer(DecisionCopy copy, OfferTerms offer) {
		return new StoredOffer(new OfferId(Ids.newId()), copy.lender(), copy.application(), copy.id(), copy.product().id(),
				copy.currency(), offer.terms().amount(), offer.terms().termMonths(), offer.installment(), offer.totalCost(),
				offer.originationFee(), offer.terms().annualRateBasisPoints(), offer.aprBasisPoints(),
				offer.schedule().installments(), "open");
	}
}
