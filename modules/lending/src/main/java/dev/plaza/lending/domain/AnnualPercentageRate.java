package dev.plaza.lending.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The annual percentage rate of charge as the EU Consumer Credit Directive (2008/48/EC, Annex I)
 * defines it: the yearly rate X at which what the lender pays out and what the borrower pays back
 * are worth the same today, Σ C_k (1+X)^−t_k = Σ D_l (1+X)^−s_l, with times in years from the
 * drawdown. Following the Annex's remark (c), a regular period is a twelfth of a year (an equal
 * month), or a 52nd (a week).
 */
public final class AnnualPercentageRate {

	private static final int ITERATIONS = 200;

	private AnnualPercentageRate() {
	}

	/**
	 * @param drawdown what the borrower receives at the start, in minor units: the amount less any
	 *     fee kept back at disbursement
	 * @return the APR in basis points, rounded half-even (1268 = 12.68 %)
	 */
	public static int of(long drawdown, Schedule schedule, RepaymentFrequency frequency) {
		List<Installment> installments = schedule.installments();
		double[] amounts = installments.stream().mapToDouble(Installment::total).toArray();
		double[] years = installments.stream()
			.mapToDouble(installment -> installment.number() / (double) frequency.periodsPerYear())
			.toArray();
		// The present value of the repayments falls as X grows, so bisection finds the one X where it
		// equals the drawdown. The bounds cover 0 % to 100,000 % a year (and negative rates).
		double low = -0.99;
		double high = 1000;
		for (int i = 0; i < ITERATIONS; i++) {
			double mid = (low + high) / 2;
			if (presentValue(amounts, years, mid) > drawdown) {
				low = mid;
			}
			else {
				high = mid;
			}
		}
		return BigDecimal.valueOf((low + high) / 2).movePointRight(4).setScale(0, RoundingMode.HALF_EVEN).intValueExact();
	}

	private static double presentValue(double[] amounts, double[] years, double rate) {
		double value = 0;
		for (int i = 0; i < amounts.length; i++) {
			value += amounts[i] / Math.pow(1 + rate, years[i]);
		}
		return value;
	}
}
