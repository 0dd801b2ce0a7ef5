package dev.plaza.lending.domain;

import dev.plaza.lending.LoanApplicationId;
import dev.plaza.lending.LoanProductId;
import dev.plaza.lending.OfferId;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * An offer the applicant accepted: what the loan is opened from.
 *
 * @param terms the loan's terms, starting on the day of acceptance in the lender's time zone
 * @param originationFee kept back from the amount at disbursement, in minor units
 * @param lateFee charged on each installment that falls overdue, in minor units
 */
public record AcceptedOffer(OfferId offer, LoanApplicationId application, LoanProductId product, Currency currency,
		LoanTerms terms, long originationFee, long lateFee, String borrowerName, String borrowerEmail,
		Instant acceptedAt) {

	public AcceptedOffer {
		Objects.requireNonNull(offer, "offer");
		Objects.requireNonNull(application, "application");
		Objects.requireNonNull(product, "product");
		Objects.requireNonNull(currency, "currency");
		Objects.requireNonNull(terms, "terms");
		Objects.requireNonNull(borrowerName, "borrowerName");
		Objects.requireNonNull(borrowerEmail, "borrowerEmail");
		Objects.requireNonNull(acceptedAt, "acceptedAt");
	}
}
