package dev.plaza.lending.domain;

import java.time.LocalDate;

/** A borrower is reminded of an installment three days before it falls due, once. */
public final class PaymentReminder {

	/** How many days ahead of its due date an installment is reminded of. */
	public static final int DAYS_AHEAD = 3;

	private PaymentReminder() {
	}

	/** The due date of the installments the close of {@code businessDate} reminds borrowers of. */
	public static LocalDate dueDateRemindedOn(LocalDate businessDate) {
		return businessDate.plusDays(DAYS_AHEAD);
	}
}
