package dev.plaza.lending.domain;

import java.time.LocalDate;

/**
 * One installment of a schedule, in minor units.
 *
 * @param balanceAfter the principal still owed once this installment is paid
 */
public record Installment(int number, LocalDate dueDate, long principal, long interest, long fees, long balanceAfter) {

	public long total() {
		return principal + interest + fees;
	}
}
