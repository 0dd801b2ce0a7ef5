package dev.plaza.lending.domain;

import java.time.LocalDate;

/**
 * An installment of a loan as stored, with what it received, in minor units.
 *
 * @param status {@code pending} (not due yet), {@code due}, {@code overdue} or {@code paid}
 */
public record LoanInstallment(int number, LocalDate dueDate, long principal, long interest, long fees,
		long paidPrincipal, long paidInterest, long paidFees, String status, LocalDate paidOn) {

	public static final String PENDING = "pending";

	public static final String PAID = "paid";

	public long total() {
		return principal + interest + fees;
	}

	public long paid() {
		return paidPrincipal + paidInterest + paidFees;
	}

	public OpenInstallment open() {
		return new OpenInstallment(number, dueDate, principal, interest, fees, paidPrincipal, paidInterest, paidFees);
	}
}
