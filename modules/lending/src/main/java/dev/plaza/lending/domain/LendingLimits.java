package dev.plaza.lending.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.plaza.platform.FieldError;

/**
 * The bounds a country sets on every loan product sold there, each a named rule: amounts within the
 * country's minimum and maximum, terms no longer than its longest, a nominal rate and an APR no higher
 * than its caps. Each refusal names the cap, its value, the country and the configuration version.
 *
 * @param country the country's code, such as {@code ES}
 * @param version the version of the country's configuration the caps come from
 */
public record LendingLimits(String country, int version, long minAmount, long maxAmount, int maxTermMonths,
		int maxAnnualRateBasisPoints, int maxAprBasisPoints) {

	/** Every cap the product passes; empty when it respects them all. */
	public List<FieldError> brokenBy(LoanProduct product, LocalDate today) {
		List<FieldError> broken = new ArrayList<>();
		amountsWithinLimits(product, broken);
		termsWithinLimit(product, broken);
		rateWithinCap(product, broken);
		if (broken.isEmpty()) {
			aprWithinCap(product, today, broken);
		}
		return broken;
	}

	void amountsWithinLimits(LoanProduct product, List<FieldError> broken) {
		if (product.minAmount() < minAmount) {
			broken.add(new FieldError("minAmount", product.minAmount() + " is below " + cap("minAmount", minAmount)));
		}
		if (product.maxAmount() > maxAmount) {
			broken.add(new FieldError("maxAmount", product.maxAmount() + " is above " + cap("maxAmount", maxAmount)));
		}
	}

	void termsWithinLimit(LoanProduct product, List<FieldError> broken) {
		if (product.longestTerm() > maxTermMonths) {
			broken.add(new FieldError("termsMonths", "has " + product.longestTerm() + ", above "
					+ cap("maxTermMonths", maxTermMonths)));
		}
	}

	void rateWithinCap(LoanProduct product, List<FieldError> broken) {
		if (product.annualRateBasisPoints() > maxAnnualRateBasisPoints) {
			broken.add(new FieldError("annualRateBasisPoints", product.annualRateBasisPoints() + " is above "
					+ cap("maxAnnualRateBasisPoints", maxAnnualRateBasisPoints)));
		}
	}

	/**
	 * The APR the product reaches at its smallest amount, where the origination fee weighs most, over its
	 * shortest term (where the fee weighs most) and its longest (where a grace weighs most).
	 */
	void aprWithinCap(LoanProduct product, LocalDate today, List<FieldError> broken) {
		int highest = Math.max(apr(product, product.shortestTerm(), today), apr(product, product.longestTerm(), today));
		if (highest > maxAprBasisPoints) {
			broken.add(new FieldError("annualRateBasisPoints", "with originationFeeBasisPoints "
					+ product.originationFeeBasisPoints() + " reaches an APR of " + highest + " basis points at minAmount "
					+ product.minAmount() + ", above " + cap("maxAprBasisPoints", maxAprBasisPoints)
					+ "; lower the rate or the fee"));
		}
	}

	static int apr(LoanProduct product, int termMonths, LocalDate start) {
		Schedule schedule = Schedule.of(new LoanTerms(product.minAmount(), product.annualRateBasisPoints(), termMonths,
				product.amortization(), product.dayCount(), product.repaymentFrequency(), product.graceMonths(), start));
		return AnnualPercentageRate.of(product.minAmount() - originationFee(product.minAmount(),
				product.originationFeeBasisPoints()), schedule, product.repaymentFrequency());
	}

	/** The part of the amount the lender keeps at disbursement, rounded half-even. */
	public static long originationFee(long amount, int feeBasisPoints) {
		return BigDecimal.valueOf(amount)
			.multiply(BigDecimal.valueOf(feeBasisPoints, 4))
			.setScale(0, RoundingMode.HALF_EVEN)
			.longValueExact();
	}

	private String cap(String name, long value) {
		return country + "'s cap " + name + " " + value + " (configuration version " + version + ")";
	}
}
