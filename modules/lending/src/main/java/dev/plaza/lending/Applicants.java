package dev.plaza.lending;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.platform.Problem;

/**
 * What an applicant does in pages other than the API's (the storefront's loan pages): apply on a lender's
 * storefront (the current tenant is the lender) or on the platform's marketplace (the current tenant is the
 * platform), follow the application, compare its open offers, accept one and read the loan it opened. The rules and
 * problems are the API's ({@code /api/v1/lending/applications}).
 */
public interface Applicants {

	/**
	 * Submits the application in the current tenant.
	 *
	 * @throws Problem with field errors named as the API's JSON names them ({@code consentToShare},
	 *     {@code country}): on the marketplace without consent, or for a country Plaza does not serve
	 */
	LoanApplicationId apply(Application application);

	/**
	 * The application with each lender's decision so far.
	 *
	 * @throws Problem 404 unless the current tenant made it
	 */
	Progress progress(LoanApplicationId application);

	/** The application's open offers, oldest first, with their schedules; 404 unless the current tenant made it. */
	List<Offer> offers(LoanApplicationId application);

	/**
	 * Accepts the offer and opens its loan; accepting it again answers the same loan.
	 *
	 * @throws Problem 409 when the offer was withdrawn or another was accepted
	 */
	LoanId accept(LoanApplicationId application, OfferId offer);

	/** The loan the application's accepted offer opened, once there is one. */
	Optional<OpenedLoan> loan(LoanApplicationId application);

	/** What the current tenant, a lender, lends: its products' terms and amounts, in its currency. */
	Lends lends();

	/** The countries applicants may apply from on the marketplace, with their currencies. */
	List<Market> markets();

	/**
	 * An application, each field checked as the API checks it.
	 *
	 * @param income net monthly income in minor units
	 * @param amount in minor units of the applicant's country's currency
	 * @param country the applicant's country, required on the marketplace; empty on a lender's storefront
	 */
	record Application(String name, String nationalId, LocalDate dateOfBirth, String email, long income, String employment,
			String address, long amount, int termMonths, String purpose, Optional<String> country, boolean consentToShare,
			boolean marketplace) {
	}

	/**
	 * An application as its applicant follows it: {@code submitted}, {@code offered}, {@code declined},
	 * {@code accepted} or {@code withdrawn}.
	 *
	 * @param reasons why no lender could take the application; empty otherwise
	 * @param loan the loan opened from the accepted offer, once there is one
	 */
	record Progress(LoanApplicationId id, String status, String currency, long amount, int termMonths, String purpose,
			String applicantName, List<Decision> decisions, List<String> reasons, Optional<LoanId> loan) {
	}

	/**
	 * One lender's decision: {@code received}, {@code approved}, {@code declined}, {@code manual_review},
	 * {@code withdrawn} or {@code accepted}, with the reasons an applicant can be told.
	 */
	record Decision(UUID lender, String lenderName, String status, List<String> reasons) {
	}

	/**
	 * An open offer. Amounts in minor units of {@code currency}.
	 *
	 * @param installment the regular installment
	 * @param totalCost every installment plus the origination fee, less the amount
	 * @param aprBasisPoints the APR as the EU Consumer Credit Directive (Annex I) defines it
	 */
	record Offer(OfferId id, String lenderName, String currency, long amount, int termMonths, long installment,
			long totalCost, int annualRateBasisPoints, int aprBasisPoints, List<Due> schedule) {
	}

	/** One installment of an offer's schedule, in minor units. */
	record Due(int number, LocalDate dueDate, long principal, long interest, long fees, long total) {
	}

	/** A lender's products together: the terms any of them allows, the least and most any lends; none if no product. */
	record Lends(Currency currency, List<Integer> termsMonths, Optional<Long> minAmount, Optional<Long> maxAmount) {
	}

	/** A country applicants apply from, by its ISO 3166-1 alpha-2 code. */
	record Market(String country, Currency currency) {
	}
}
