package dev.plaza.lending.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What an offer tells the applicant, computed from the loan's terms and the product's origination fee.
 * Amounts in minor units.
 *
 * @param originationFee kept back at disbursement: amount × fee basis points / 10,000, rounded half-even
 * @param installment the regular installment: the first one that repays principal (for equal principal,
 *     the largest)
 * @param totalCost what the borrower pays beyond what they receive: every installment, less the amount
 *     less the fee (that is, the interest and the fee)
 * @param aprBasisPoints the APR of the EU Consumer Credit Directive, drawing down the amount less the fee
 */
public record OfferTerms(LoanTerms terms, Schedule schedule, long originationFee, long installment, long totalCost,
		int aprBasisPoints) {

	public OfferTerms {
		Objects.requireNonNull(terms, "terms");
		Objects.requireNonNull(schedule, "schedule");
	}

	public static OfferTerms of(LoanTerms terms, int originationFeeBasisPoints) {
		Schedule schedule = Schedule.of(terms);
		long fee = BigDecimal.valueOf(terms.amount())
			.multiply(BigDecimal.valueOf(originationFeeBasisPoints))
			.divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_EVEN)
			.longValueExact();
		long installment = schedule.installments().get(terms.gracePeriods()).total();
		long received = terms.amount() - fee;
		return new OfferTerms(terms, schedule, fee, installment, schedule.totalRepaid() - received,
				AnnualPercentageRate.of(received, schedule, terms.frequency()));
	}

	/** The regular installment as a monthly sum, for affordability: weekly ones, 52 a year over 12 months. */
	public long monthlyInstallment() {
		return Math.ceilDiv(installment * terms.frequency().periodsPerYear(), 12L);
	}
}
