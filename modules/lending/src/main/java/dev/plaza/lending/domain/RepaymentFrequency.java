package dev.plaza.lending.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How often installments fall due. */
public enum RepaymentFrequency {

	MONTHLY("monthly", 12), BIWEEKLY("biweekly", 26), WEEKLY("weekly", 52);

	private final String code;

	private final int periodsPerYear;

	RepaymentFrequency(String code, int periodsPerYear) {
		this.code = code;
		this.periodsPerYear = periodsPerYear;
	}

	public String code() {
		return code;
	}

	public int periodsPerYear() {
		return periodsPerYear;
	}

	/** How many periods a span of whole months holds, to the nearest period (12 months weekly: 52). */
	public int periodsIn(int months) {
		return Math.round(months * periodsPerYear / 12f);
	}

	/**
	 * The date the {@code n}th period after {@code start} ends. Months count from the start, not from
	 * the previous date, so a loan started on 31 January falls due on 28 (or 29) February and then on 31
	 * March; one started on the last day of a month always falls due on the last day of a month.
	 */
	public LocalDate dueDate(LocalDate start, int n) {
		return switch (this) {
			case MONTHLY -> {
				LocalDate date = start.plusMonths(n);
				yield start.equals(start.with(TemporalAdjusters.lastDayOfMonth()))
						? date.with(TemporalAdjusters.lastDayOfMonth()) : date;
			}
			case BIWEEKLY -> start.plusWeeks(2L * n);
			case WEEKLY -> start.plusWeeks(n);
		};
	}
}
