package dev.plaza.lending.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The days a close of business walks through, one at a time: from the day after the earliest
 * business date of a lender's active loans up to the date asked for. Closing a date that the loans
 * already reached, or one before it, is nothing to do.
 */
public final class BusinessDays {

	private BusinessDays() {
	}

	public static List<LocalDate> toClose(LocalDate earliestBusinessDate, LocalDate upTo) {
		LocalDate first = earliestBusinessDate.plusDays(1);
		if (first.isAfter(upTo)) {
			return List.of();
		}
		return first.datesUntil(upTo.plusDays(1)).toList();
	}
}
