package dev.plaza.lending.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import dev.plaza.lending.LoanApplicationId;
import dev.plaza.lending.LoanId;
import dev.plaza.lending.OfferId;
import dev.plaza.lending.domain.AcceptedOffer;
import dev.plaza.lending.persistence.ApplicationStandings;
import dev.plaza.lending.persistence.ApplicationStandings.Standing;
import dev.plaza.lending.persistence.DecisionCopies;
import dev.plaza.lending.persistence.DecisionCopy;
import dev.plaza.lending.persistence.Offers;
import dev.plaza.lending.persistence.StoredOffer;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.rules.Configurations;
import dev.plaza.tenancy.Tenant;
import dev.plaza.tenancy.TenantDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The applicant's side of offers: listing an application's open offers and accepting one. Accepting
 * locks the application, so two accepts at once make one loan: the offer and its copy become
 * accepted, the others withdrawn (their copies drop the applicant's personal data, their lenders are
 * told), then the lender opens the loan. Opening is idempotent by offer, so accepting again after a
 * failure in between opens the same loan.
 */
@Service
public class OfferAcceptance {

	private final ApplicationStandings applications;

	private final Offers offers;

	private final DecisionCopies copies;

	private final LoanBook loans;

	private final DecisionScopes scopes;

	private final Configurations configurations;

	private final TenantDirectory tenants;

	private final ApplicationEventPublisher events;

	OfferAcceptance(ApplicationStandings applications, Offers offers, DecisionCopies copies, LoanBook loans,
			DecisionScopes scopes, Configurations configurations, TenantDirectory tenants, ApplicationEventPublisher events) {
		this.applications = applications;
		this.offers = offers;
		this.copies = copies;
		this.loans = loans;
		this.scopes = scopes;
		this.configurations = configurations;
		this.tenants = tenants;
		this.events = events;
	}

	/** An open offer with its lender's name. */
	public record ListedOffer(StoredOffer offer, String lenderName) {
	}

	/** The application's open offers, if the caller's tenant made the application. */
	public List<ListedOffer> open(LoanApplicationId application) {
		visible(application);
		return scopes.inPlatform(() -> offers.open(application)
			.stream()
			.map(offer -> new ListedOffer(offer, tenants.find(offer.lender()).map(Tenant::organizationName).orElse("")))
			.toList());
	}

	/** Accepts the offer; answers the loan, the same one when the offer was accepted before. */
	public LoanId accept(LoanApplicationId application, OfferId offerId) {
		visible(application);
		Acceptance acceptance = scopes.inPlatform(() -> settle(application, offerId));
		if (acceptance.loan() != null) {
			return acceptance.loan();
		}
		StoredOffer offer = acceptance.offer();
		LoanId loan = TenantContext.callAs(offer.lender(), () -> loans.open(accepted(offer, acceptance.copy())));
		scopes.inPlatform(() -> {
			applications.loanOpened(application, loan);
			return loan;
		});
		return loan;
	}

	private record Acceptance(StoredOffer offer, DecisionCopy copy, LoanId loan) {
	}

	private Acceptance settle(LoanApplicationId application, OfferId offerId) {
		Standing standing = applications.lock(application).orElseThrow(() -> Problem.notFound("loan application", application));
		StoredOffer offer = offers.find(offerId)
			.filter(found -> found.application().equals(application))
			.orElseThrow(() -> new Problem(DecisionProblems.OFFER_NOT_FOUND, "The application " + application
					+ " has no offer " + offerId + "; list its offers with GET /api/v1/lending/applications/" + application
					+ "/offers."));
		DecisionCopy copy = copies.find(offer.lenderCopy()).orElseThrow();
		if ("accepted".equals(standing.status())) {
			if (offerId.equals(standing.acceptedOffer())) {
				return new Acceptance(offer, copy, standing.loan());
			}
			throw new Problem(DecisionProblems.APPLICATION_ALREADY_ACCEPTED, "The application " + application
					+ " already accepted the offer " + standing.acceptedOffer() + "; only one offer can be accepted.");
		}
		if (!offer.open()) {
			throw new Problem(DecisionProblems.OFFER_WITHDRAWN, "The offer " + offerId + " is " + offer.status()
					+ " and can no longer be accepted; list the open offers with GET /api/v1/lending/applications/"
					+ application + "/offers.");
		}
		List<StoredOffer> withdrawn = offers.accept(offer);
		copies.accept(application, offer.lenderCopy());
		applications.accepted(application, offerId);
		events.publishEvent(new OfferSettled(offer.lender(), offerId, application, OfferWebhooks.ACCEPTED));
		withdrawn.forEach(other -> events.publishEvent(
				new OfferSettled(other.lender(), other.id(), application, OfferWebhooks.WITHDRAWN)));
		return new Acceptance(offer, copy, null);
	}

	/** The offer as the lender opens its loan: the offered amount, term and rate, starting today where the lender is. */
	private AcceptedOffer accepted(StoredOffer offer, DecisionCopy copy) {
		LocalDate today = LocalDate.now(configurations.tenant().timeZone());
		return new AcceptedOffer(offer.id(), offer.application(), offer.product(), Currency.getInstance(offer.currency()),
				copy.product().terms(offer.amount(), offer.termMonths(), offer.annualRateBasisPoints(), today),
				offer.originationFee(), copy.product().lateFee(), copy.applicant().name(), copy.applicant().email(),
				Instant.now());
	}

	/** An application the caller's tenant did not make is, for it, none at all. */
	private void visible(LoanApplicationId application) {
		TenantId caller = TenantContext.current().orElseThrow(() -> new IllegalStateException("Offers are read for a tenant"));
		if (scopes.as(caller, () -> applications.find(application)).isEmpty()) {
			throw Problem.notFound("loan application", application);
		}
	}
}
