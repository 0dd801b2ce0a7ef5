package dev.plaza.lending.web;

import java.util.UUID;

import dev.plaza.lending.LoanApplicationId;
import dev.plaza.lending.OfferId;
import dev.plaza.lending.application.OfferAcceptance;
import dev.plaza.lending.web.OfferViews.AcceptedView;
import dev.plaza.lending.web.OfferViews.OfferPage;
import dev.plaza.lending.web.OfferViews.OfferView;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lenders' offers for an application, as the applicant sees them: with a token of the tenant that
 * took the application, or without one on the storefront domain of the lender it was made at.
 */
@RestController
@RequestMapping("/api/v1/lending/applications/{id}/offers")
class OfferController {

	private final OfferAcceptance offers;

	OfferController(OfferAcceptance offers) {
		this.offers = offers;
	}

	/** The application's open offers, oldest first; none until a lender approved it. */
	@GetMapping
	@PreAuthorize("isAnonymous() or hasAuthority('SCOPE_lending:read')")
	OfferPage list(@PathVariable UUID id) {
		return new OfferPage(offers.open(new LoanApplicationId(id)).stream().map(OfferView::of).toList());
	}

	/**
	 * Accepts the offer and opens its loan: the application's other offers are withdrawn and their
	 * lenders told. Accepting the same offer again answers the same loan; another offer of an accepted
	 * application is refused.
	 */
	@PostMapping("/{offerId}/accept")
	@PreAuthorize("isAnonymous() or hasAuthority('SCOPE_lending:write')")
	@ApiResponse(responseCode = "200")
	@ApiResponse(responseCode = "404", description = "No such application in the caller's tenant (offer-not-found: the "
			+ "application has no such offer)")
	@ApiResponse(responseCode = "409", description = "offer-withdrawn: the offer can no longer be accepted; "
			+ "application-already-accepted: another offer was accepted")
	AcceptedView accept(@PathVariable UUID id, @PathVariable UUID offerId) {
		return new AcceptedView(offers.accept(new LoanApplicationId(id), new OfferId(offerId)).value());
	}
}
