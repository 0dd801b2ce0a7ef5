package dev.plaza.lending.domain;

import java.time.LocalDate;

/** An installment that has received nothing yet, which a prepayment may rewrite; in minor units. */
public record PendingInstallment(int number, LocalDate dueDate, long principal, long interest) {

	public PendingInstallment {
		if (principal < 0 || interest < 0) {
			throw new IllegalArgumentException("an installment charges no negative amount: " + number);
		}
	}
}
