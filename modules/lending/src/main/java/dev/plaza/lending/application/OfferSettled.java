package dev.plaza.lending.application;

import java.util.Objects;

import dev.plaza.lending.LoanApplicationId;
import dev.plaza.lending.OfferId;
import dev.plaza.platform.TenantId;

/**
 * The applicant accepted the lender's offer ({@code offer.accepted}) or another one, withdrawing this
 * one ({@code offer.withdrawn}). Published in the acceptance's transaction; the lender is told by webhook.
 */
record OfferSettled(TenantId lender, OfferId offer, LoanApplicationId application, String type) {

	OfferSettled {
		Objects.requireNonNull(lender, "lender");
		Objects.requireNonNull(offer, "offer");
		Objects.requireNonNull(application, "application");
		Objects.requireNonNull(type, "type");
	}
}
