package dev.plaza.lending.domain;

import java.time.LocalDate;

/**
 * An installment not yet paid in full: what it charges and what was paid of each part, in minor
 * units. A repayment reads only these, never the whole loan.
 */
public record OpenInstallment(int number, LocalDate dueDate, long principal, long interest, long fees,
		long paidPrincipal, long paidInterest, long paidFees) {

	public OpenInstallment {
		if (paidPrincipal > principal || paidInterest > interest || paidFees > fees || paidPrincipal < 0 || paidInterest < 0
				|| paidFees < 0) {
			throw new IllegalArgumentException("an installment is paid between nothing and in full: " + number);
		}
	}

	public long outstanding() {
		return principal - paidPrincipal + interest - paidInterest + fees - paidFees;
	}

	/** Days past due on {@code date}: 0 until the day after the due date, and once paid. */
	public int daysPastDue(LocalDate date) {
		return outstanding() == 0 || !date.isAfter(dueDate) ? 0 : (int) (date.toEpochDay() - dueDate.toEpochDay());
	}
}
