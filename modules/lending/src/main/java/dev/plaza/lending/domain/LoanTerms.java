package dev.plaza.lending.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a schedule is computed from.
 *
 * @param amount the principal lent, in minor units
 * @param annualRateBasisPoints the nominal annual rate (1200 = 12 %)
 * @param start the disbursement date; the first installment falls due one period later
 * @param graceMonths months at the start in which installments pay interest only
 */
public record LoanTerms(long amount, int annualRateBasisPoints, int termMonths, Amortization amortization,
		DayCount dayCount, RepaymentFrequency frequency, int graceMonths, LocalDate start) {

	public LoanTerms {
		Objects.requireNonNull(amortization, "amortization");
		Objects.requireNonNull(dayCount, "dayCount");
		Objects.requireNonNull(frequency, "frequency");
		Objects.requireNonNull(start, "start");
		if (amount < 1) {
			throw new IllegalArgumentException("a loan lends at least one minor unit, not " + amount);
		}
		if (annualRateBasisPoints < 0) {
			throw new IllegalArgumentException("a rate is not negative: " + annualRateBasisPoints);
		}
		if (termMonths < 1 || graceMonths < 0 || graceMonths >= termMonths) {
			throw new IllegalArgumentException(
					"the term is at least a month and longer than the grace: " + termMonths + " and " + graceMonths);
		}
		if (frequency.periodsIn(termMonths) - frequency.periodsIn(graceMonths) < 1) {
			throw new IllegalArgumentException("the term leaves no installment to repay the principal in");
		}
	}

	public int installments() {
		return frequency.periodsIn(termMonths);
	}

	public int gracePeriods() {
		return frequency.periodsIn(graceMonths);
	}
}
