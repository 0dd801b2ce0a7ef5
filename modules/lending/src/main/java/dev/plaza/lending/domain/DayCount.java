package dev.plaza.lending.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Which share of a year's interest a period earns. */
public enum DayCount {

	/**
	 * Every month has 30 days and the year 360: a monthly period earns exactly a twelfth of the annual
	 * rate, a week 7/360 of it.
	 */
	THIRTY_360("30/360"),

	/** The days that actually pass, over a 365-day year. */
	ACTUAL_365("actual/365");

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private final String code;

	DayCount(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** The share of a year that the period from {@code from} to {@code to} counts for. */
	public BigDecimal yearFraction(RepaymentFrequency frequency, LocalDate from, LocalDate to) {
		return switch (this) {
			case THIRTY_360 -> nominalFraction(frequency);
			case ACTUAL_365 -> BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to)).divide(BigDecimal.valueOf(365), PRECISION);
		};
	}

	/**
	 * The share of a year of one regular period, which sets the installment of an annuity: a month is a
	 * twelfth under either count, a week 7/360 or 7/365 of a year.
	 */
	public BigDecimal nominalFraction(RepaymentFrequency frequency) {
		return switch (frequency) {
			case MONTHLY -> BigDecimal.ONE.divide(BigDecimal.valueOf(12), PRECISION);
			case BIWEEKLY, WEEKLY -> BigDecimal.valueOf(frequency == RepaymentFrequency.WEEKLY ? 7 : 14)
				.divide(BigDecimal.valueOf(this == THIRTY_360 ? 360 : 365), PRECISION);
		};
	}
}
