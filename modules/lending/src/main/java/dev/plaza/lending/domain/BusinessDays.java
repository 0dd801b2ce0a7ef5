package dev.plaza.lending.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The days a close of business walks through, one at a time: from the day after the earliest
 * business date of a lender's active loans up to the date asked for. Closing a date that the loans
 * already reached, or one before it, is nothing to do.
 */
public final class BusinessDays {

	/** The most days one close walks through: ten years, well past any term, and a bound on one call's work. */
	public static final int MAX_DAYS = 3660;

	private BusinessDays() {
	}

	/** @throws IllegalArgumentException when that is more than {@link #MAX_DAYS} days */
	public static List<LocalDate> toClose(LocalDate earliestBusinessDate, LocalDate upTo) {
		LocalDate first = earliestBusinessDate.plusDays(1);
		if (first.isAfter(upTo)) {
			return List.of();
		}
		if (first.plusDays(MAX_DAYS).isBefore(upTo.plusDays(1))) {
			throw new IllegalArgumentException("closes at most " + MAX_DAYS + " days at once: the loans are at "
					+ earliestBusinessDate + ", so up to " + earliestBusinessDate.plusDays(MAX_DAYS) + " at the latest");
		}
		return first.datesUntil(upTo.plusDays(1)).toList();
	}
}
